package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class StringHandler implements RequestHandler<String, Void> {
  @Override
  public Void handleRequest(String event, Context context) {
    return null;
  }
}
