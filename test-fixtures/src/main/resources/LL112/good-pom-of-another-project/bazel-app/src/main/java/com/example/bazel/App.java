package com.example.bazel;

import software.amazon.lambda.powertools.logging.Logging;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class App implements RequestHandler<Map<String, Object>, String> {

  @Logging
  @Override
  public String handleRequest(Map<String, Object> input, Context context) {
    return "ok";
  }
}
