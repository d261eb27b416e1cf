package com.example.batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.Map;

/** A plain map in the partial-batch-response shape. */
public class ChangeHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    return response(List.of());
  }

  private Map<String, Object> response(List<Map<String, String>> failed) {
    return Map.of("batchItemFailures", failed);
  }
}
