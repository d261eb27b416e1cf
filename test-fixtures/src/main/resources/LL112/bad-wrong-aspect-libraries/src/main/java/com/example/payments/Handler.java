package com.example.payments;

import software.amazon.lambda.powertools.idempotency.Idempotent;
import software.amazon.lambda.powertools.logging.*;
import software.amazon.lambda.powertools.tracing.Tracing;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class Handler implements RequestHandler<Map<String, Object>, String> {

  @Logging // expect: LL112 because pom.xml weaves no powertools-logging: add it to the aspectLibraries of its aspectj-maven-plugin
  @Tracing
  @Idempotent // expect: LL112 weaves no powertools-idempotency or powertools-idempotency-core
  @Override
  public String handleRequest(Map<String, Object> input, Context context) {
    return "ok";
  }
}
