package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoEvent;

public class SignUpHandler implements RequestHandler<CognitoEvent, Void> {
  @Override
  public Void handleRequest(CognitoEvent event, Context context) { // expect: LL107 Cognito event SignUp (trigger PreSignUp) delivers CognitoUserPoolPreSignUpEvent or CognitoUserPoolEvent
    return null;
  }
}
