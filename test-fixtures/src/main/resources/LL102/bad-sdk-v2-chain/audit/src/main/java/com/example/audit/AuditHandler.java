package com.example.audit;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class AuditHandler implements RequestHandler<String, Void> {
  @Override
  public Void handleRequest(String orderId, Context context) {
    context.getLogger().log("audited " + orderId);
    return null;
  }
}
