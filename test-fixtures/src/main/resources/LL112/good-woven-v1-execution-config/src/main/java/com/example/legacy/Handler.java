package com.example.legacy;

import software.amazon.lambda.powertools.idempotency.Idempotent;
import software.amazon.lambda.powertools.logging.Logging;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.parameters.Param;
import software.amazon.lambda.powertools.sqs.SqsBatch;
import software.amazon.lambda.powertools.sqs.SqsLargeMessage;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class Handler implements RequestHandler<Map<String, Object>, String> {

  @Param(key = "/legacy/value")
  private String value;

  @Logging
  @Metrics(namespace = "Legacy")
  @SqsLargeMessage
  @SqsBatch(SampleMessageHandler.class)
  @Idempotent
  @Override
  public String handleRequest(Map<String, Object> input, Context context) {
    return value;
  }
}
