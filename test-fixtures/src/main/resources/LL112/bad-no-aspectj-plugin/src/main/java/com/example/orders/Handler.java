package com.example.orders;

import software.amazon.lambda.powertools.logging.Logging;
import software.amazon.lambda.powertools.metrics.FlushMetrics;
import software.amazon.lambda.powertools.tracing.Tracing;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class Handler implements RequestHandler<Map<String, Object>, String> {

  @Logging(logEvent = true) // expect: LL112 @Logging (software.amazon.lambda.powertools.logging.Logging) on handleRequest() does nothing: its aspect is never woven, because pom.xml runs no aspectj-maven-plugin: add one (dev.aspectj) to <build><plugins> with powertools-logging
  @Tracing // expect: LL112 powertools-tracing
  @FlushMetrics(namespace = "Orders", captureColdStart = true) // expect: LL112 powertools-metrics
  @Override
  public String handleRequest(Map<String, Object> input, Context context) {
    return lookup(input);
  }

  @software.amazon.lambda.powertools.tracing.Tracing // expect: LL112 @Tracing
  private String lookup(Map<String, Object> input) {
    return String.valueOf(input.get("id"));
  }
}
