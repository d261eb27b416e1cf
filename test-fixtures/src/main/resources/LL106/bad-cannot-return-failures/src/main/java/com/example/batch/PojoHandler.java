package com.example.batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

public class PojoHandler implements RequestHandler<SQSEvent, PojoHandler.Summary> {
  /** A result without batchItemFailures. */
  public record Summary(int processed, int skipped) {}

  @Override
  public Summary handleRequest(SQSEvent event, Context context) {
    return new Summary(event.getRecords().size(), 0);
  }
}
