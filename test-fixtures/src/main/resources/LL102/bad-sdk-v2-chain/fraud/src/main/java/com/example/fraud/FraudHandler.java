package com.example.fraud;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

public class FraudHandler implements RequestHandler<String, String> {
  private static final LambdaClient LAMBDA = LambdaClient.create();

  @Override
  public String handleRequest(String orderId, Context context) {
    // Fire and forget: the audit trail is written asynchronously.
    LAMBDA.invoke(InvokeRequest.builder()
        .functionName(System.getenv("AUDIT_FUNCTION"))
        .invocationType(InvocationType.EVENT)
        .payload(SdkBytes.fromUtf8String(orderId))
        .build());
    // A permissions check only.
    LAMBDA.invoke(r -> r.functionName(System.getenv("AUDIT_FUNCTION")).invocationType(InvocationType.DRY_RUN));
    return "ok";
  }
}
