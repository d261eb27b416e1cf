package com.example.plain;

import software.amazon.lambda.powertools.tracing.Tracing;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class Handler implements RequestHandler<Map<String, Object>, String> {

  @Tracing
  @Override
  public String handleRequest(Map<String, Object> input, Context context) {
    return "ok";
  }
}
