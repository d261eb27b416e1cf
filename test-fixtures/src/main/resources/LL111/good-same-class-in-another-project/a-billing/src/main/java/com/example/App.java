package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** The billing project's App: it reads what its own template defines. */
public class App implements RequestHandler<Map<String, String>, String> {
  private static final String TABLE = System.getenv("BILLING_TABLE");

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    return TABLE;
  }
}
