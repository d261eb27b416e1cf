package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class PojoHandler implements RequestHandler<Order, Void> {
  @Override
  public Void handleRequest(Order event, Context context) {
    return null;
  }
}
