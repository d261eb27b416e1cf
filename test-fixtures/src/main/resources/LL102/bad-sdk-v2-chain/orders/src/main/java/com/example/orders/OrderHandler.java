package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

public class OrderHandler implements RequestHandler<Map<String, String>, String> {
  private static final LambdaClient LAMBDA = LambdaClient.create();
  private final String payments = System.getenv("PAYMENTS_FUNCTION");

  @Override
  public String handleRequest(Map<String, String> order, Context context) {
    // No invocation type: Lambda's default is RequestResponse, the caller waits.
    InvokeResponse response = LAMBDA.invoke(InvokeRequest.builder() // expect: LL102 synchronous chain: OrdersFunction → PaymentsFunction → FraudFunction
        .functionName(payments)
        .payload(SdkBytes.fromUtf8String(order.get("id")))
        .build());
    // A later local of the same name does not shadow the field where it is used above.
    String payments = response.payload().asUtf8String();
    return payments;
  }
}
