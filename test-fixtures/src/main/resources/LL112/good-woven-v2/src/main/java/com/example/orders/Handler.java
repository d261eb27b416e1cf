package com.example.orders;

import software.amazon.lambda.powertools.idempotency.Idempotent;
import software.amazon.lambda.powertools.largemessages.LargeMessage;
import software.amazon.lambda.powertools.logging.Logging;
import software.amazon.lambda.powertools.metrics.*;
import software.amazon.lambda.powertools.parameters.ssm.SSMParam;
import software.amazon.lambda.powertools.validation.Validation;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class Handler implements RequestHandler<Map<String, Object>, String> {

  @SSMParam(key = "/orders/table")
  private String table;

  @Logging
  @software.amazon.lambda.powertools.tracing.Tracing
  @FlushMetrics(captureColdStart = true)
  @Idempotent
  @Validation(inboundSchema = "classpath:/schema.json")
  @Override
  public String handleRequest(Map<String, Object> input, Context context) {
    return table;
  }

  @LargeMessage
  String process(Object message) {
    return "ok";
  }
}
