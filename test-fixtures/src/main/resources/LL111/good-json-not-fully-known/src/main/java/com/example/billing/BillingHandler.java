package com.example.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class BillingHandler implements RequestHandler<Map<String, String>, String> {
  private static final String CURRENCY = System.getenv("CURRENCY");

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    return CURRENCY.toLowerCase();
  }
}
