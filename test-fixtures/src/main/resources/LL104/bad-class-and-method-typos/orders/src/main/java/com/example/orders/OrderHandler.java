package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class OrderHandler implements RequestHandler<Map<String, Object>, String> {
  @Override
  public String handleRequest(Map<String, Object> order, Context context) {
    return validate(order) ? "ok" : "rejected";
  }

  boolean validate(Map<String, Object> order) {
    return order.containsKey("id");
  }
}
