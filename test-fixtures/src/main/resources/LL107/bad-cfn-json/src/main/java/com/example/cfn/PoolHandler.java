package com.example.cfn;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;

public class PoolHandler implements RequestHandler<CognitoUserPoolPreSignUpEvent, Void> {
  @Override
  public Void handleRequest(CognitoUserPoolPreSignUpEvent event, Context context) { // expect: LL107 Cognito user pool trigger Pool PostConfirmation delivers CognitoUserPoolPostConfirmationEvent or CognitoUserPoolEvent
    return null;
  }
}
