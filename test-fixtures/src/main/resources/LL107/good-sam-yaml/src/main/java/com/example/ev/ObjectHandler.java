package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class ObjectHandler implements RequestHandler<Object, Void> {
  @Override
  public Void handleRequest(Object event, Context context) {
    return null;
  }
}
