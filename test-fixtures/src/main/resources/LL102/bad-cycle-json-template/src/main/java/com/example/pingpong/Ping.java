package com.example.pingpong;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

public class Ping implements RequestHandler<Integer, Integer> {
  static final String PONG = "pong-fn";
  private static final LambdaClient LAMBDA = LambdaClient.create();

  @Override
  public Integer handleRequest(Integer n, Context context) {
    if (n <= 0) return 0;
    return Integer.parseInt(LAMBDA.invoke(InvokeRequest.builder().functionName(PONG) // expect: LL102 a cycle of synchronous calls: PingFunction → PongFunction → PingFunction
        .payload(software.amazon.awssdk.core.SdkBytes.fromUtf8String(String.valueOf(n - 1))).build())
        .payload().asUtf8String());
  }
}
