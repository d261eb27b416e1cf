package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolEvent;

public class CognitoHandler implements RequestHandler<CognitoUserPoolEvent, Void> {
  @Override
  public Void handleRequest(CognitoUserPoolEvent event, Context context) {
    return null;
  }
}
