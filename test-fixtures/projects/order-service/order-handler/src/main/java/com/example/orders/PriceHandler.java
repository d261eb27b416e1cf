package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Prices an order: the function CreateOrderHandler waits for. */
public class PriceHandler implements RequestHandler<String, String> {
  @Override
  public String handleRequest(String order, Context context) {
    return order.length() > 1000 ? "99.00" : "19.00";
  }
}
