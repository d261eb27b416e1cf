package com.example.jobs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.acme.LambdaClient;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

public class JobHandler implements RequestHandler<String, String> {
  private static final software.amazon.awssdk.services.lambda.LambdaClient AWS_LAMBDA =
      software.amazon.awssdk.services.lambda.LambdaClient.create();
  private static final LambdaClient ACME = new LambdaClient();

  static {
    // Warm-up at init, once per execution environment: not on the invocation path.
    AWS_LAMBDA.invoke(InvokeRequest.builder().functionName("warmup").build());
  }

  @Override
  public String handleRequest(String job, Context context) {
    AWS_LAMBDA.invoke(InvokeRequest.builder()
        .functionName("worker")
        .invocationType(InvocationType.EVENT)
        .payload(SdkBytes.fromUtf8String(job))
        .build());
    AWS_LAMBDA.invoke(InvokeRequest.builder().functionName("worker").invocationType("Event").build());
    AWS_LAMBDA.invoke(InvokeRequest.builder().functionName("worker").invocationType(InvocationType.DRY_RUN).build());
    // The type comes from configuration: lambdalint does not guess.
    AWS_LAMBDA.invoke(InvokeRequest.builder().functionName("worker").invocationType(System.getenv("MODE")).build());
    return ACME.invoke(job);
  }

  /** Run locally: not a handler, not on any invocation path. */
  public static void main(String[] args) {
    AWS_LAMBDA.invoke(InvokeRequest.builder().functionName("worker").build());
  }
}
