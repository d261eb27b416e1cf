package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class MapHandler implements RequestHandler<Map<String, Object>, Void> {
  @Override
  public Void handleRequest(Map<String, Object> event, Context context) {
    return null;
  }
}
