package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.HashMap;
import java.util.Map;

public class CountingHandler implements RequestHandler<String, Integer> {
  private static int handled;
  private final Map<String, Integer> seen = new HashMap<>();

  @Override
  public Integer handleRequest(String id, Context context) {
    handled++;
    seen.put(id, handled);
    return handled;
  }
}
