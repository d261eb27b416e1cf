package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Random;
import java.util.UUID;

/** Stores random values and the time at init, but its functions have no SnapStart (or one not knowable). */
public class PlainHandler implements RequestHandler<String, String> {
  private static final Random RANDOM = new Random();
  private static final long STARTED_AT = System.currentTimeMillis();
  private final String envId = UUID.randomUUID().toString();

  @Override
  public String handleRequest(String input, Context context) {
    return envId + STARTED_AT + RANDOM.nextInt();
  }
}
