package com.example.invoices;

import software.amazon.lambda.powertools.logging.Logging;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class Handler implements RequestHandler<Map<String, Object>, String> {

  @Logging // expect: LL112 runs no aspectj-maven-plugin
  @Override
  public String handleRequest(Map<String, Object> input, Context context) {
    return "ok";
  }
}
