package com.example.shipping;

import software.amazon.lambda.powertools.logging.Logging;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.sqs.SqsLargeMessage;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class Handler implements RequestHandler<Map<String, Object>, String> {

  @Logging
  @Metrics(namespace = "Shipping") // expect: LL112 because shipping/pom.xml (with its parent poms) weaves no powertools-metrics
  @SqsLargeMessage // expect: LL112 powertools-sqs
  @Override
  public String handleRequest(Map<String, Object> input, Context context) {
    return "ok";
  }
}
