package com.example.functional;

import software.amazon.lambda.powertools.idempotency.IdempotencyKey;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.tracing.TracingUtils;
import com.example.functional.audit.Logging;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class Handler implements RequestHandler<Map<String, Object>, String> {

  private static final Metrics METRICS = MetricsFactory.getMetricsInstance();

  @Logging
  @Override
  public String handleRequest(Map<String, Object> input, Context context) {
    return PowertoolsLogging.withLogging(context, () -> {
      TracingUtils.withSubsegment("lookup", subsegment -> { });
      METRICS.flush();
      return key(String.valueOf(input.get("id")));
    });
  }

  String key(@IdempotencyKey String id) {
    return id;
  }
}
