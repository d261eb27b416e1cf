package com.example.jobs;

import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

/** A tool class no handler calls. */
public class Admin {
  public void replay(LambdaClient lambda) {
    lambda.invoke(InvokeRequest.builder().functionName("worker").build());
  }
}
