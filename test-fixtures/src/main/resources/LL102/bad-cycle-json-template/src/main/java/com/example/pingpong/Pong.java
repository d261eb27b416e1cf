package com.example.pingpong;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

public class Pong implements RequestHandler<Integer, Integer> {
  private static final LambdaClient LAMBDA = LambdaClient.create();

  @Override
  public Integer handleRequest(Integer n, Context context) {
    String ping = "arn:aws:lambda:eu-west-1:123456789012:function:ping-fn:live";
    InvokeRequest request = InvokeRequest.builder()
        .functionName(ping)
        .invocationType("RequestResponse")
        .payload(SdkBytes.fromUtf8String(String.valueOf(n - 1)))
        .build();
    return Integer.parseInt(LAMBDA.invoke(request).payload().asUtf8String()); // expect: LL102 a cycle of synchronous calls: PongFunction → PingFunction → PongFunction
  }
}
