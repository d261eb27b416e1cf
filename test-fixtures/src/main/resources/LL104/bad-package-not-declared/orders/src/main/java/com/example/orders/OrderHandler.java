package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class OrderHandler implements RequestHandler<String, String> {
  @Override
  public String handleRequest(String input, Context context) {
    return input;
  }
}
