package com.example.enrich;

import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

public class EnrichHandler extends BaseHandler {
  private static final LambdaAsyncClient LAMBDA = LambdaAsyncClient.create();

  @Override
  protected String enrich(String input) {
    String geo = LAMBDA.invoke(InvokeRequest.builder() // expect: LL102 EnrichFunction (EnrichHandler.handleRequest) invokes GeoFunction synchronously
        .functionName(System.getenv("GEO_FUNCTION"))
        .payload(SdkBytes.fromUtf8String(input))
        .build()).join().payload().asUtf8String();
    CompletableFuture<InvokeResponse> later = LAMBDA.invoke(InvokeRequest.builder() // expect: LL102 invokes GeoFunction
        .functionName(System.getenv("GEO_FUNCTION")).build());
    String again = later.get().payload().asUtf8String();
    // Started, never waited for: the handler does not block on it.
    LAMBDA.invoke(InvokeRequest.builder().functionName(System.getenv("GEO_FUNCTION")).build());
    return geo + again;
  }
}
