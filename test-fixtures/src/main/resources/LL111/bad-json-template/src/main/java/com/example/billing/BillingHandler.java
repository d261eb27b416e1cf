package com.example.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class BillingHandler implements RequestHandler<Map<String, String>, String> {
  private final String table = System.getenv("INVOICE_TABLE");

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    return table + Config.currency();
  }
}

class Config {
  // a static initialiser of a class the handler uses
  private static final String CURRENCY = System.getenv("CURRENCY"); // expect: LL111 CURRENCY is read here, but the environment of BillingFunction does not define it

  static String currency() {
    return CURRENCY.toUpperCase();
  }
}
