package com.example.payments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

public class PaymentHandler implements RequestHandler<String, String> {
  private final LambdaClient lambda;
  private final String fraudFunction;

  public PaymentHandler() {
    lambda = LambdaClient.builder().build();
    fraudFunction = System.getenv("FRAUD_FUNCTION_ARN");
  }

  @Override
  public String handleRequest(String orderId, Context context) {
    return check(orderId);
  }

  private String check(String orderId) {
    InvokeRequest request = InvokeRequest.builder()
        .functionName(fraudFunction)
        .invocationType(InvocationType.REQUEST_RESPONSE)
        .payload(SdkBytes.fromUtf8String(orderId))
        .build();
    return lambda.invoke(request).payload().asUtf8String(); // expect: LL102 PaymentsFunction (PaymentHandler.handleRequest) invokes FraudFunction synchronously
  }
}
