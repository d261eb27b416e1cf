package com.example.batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;

public class CustomHandler implements RequestHandler<SQSEvent, CustomHandler.Result> {
  /** Its own response type in the partial-batch-response shape. */
  public static class Result {
    private final List<String> batchItemFailures;

    Result(List<String> batchItemFailures) {
      this.batchItemFailures = batchItemFailures;
    }

    public List<String> getBatchItemFailures() {
      return batchItemFailures;
    }
  }

  @Override
  public Result handleRequest(SQSEvent event, Context context) {
    return new Result(List.of());
  }
}
