package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

public class OrderHandler extends BaseHandler implements RequestHandler<Map<String, Object>, String> {
  private static final Random RANDOM = new Random(); // expect: LL108 new Random() (a random generator seeded at init) is kept in field RANDOM
  private static final long STARTED_AT;
  private static long seed = 7L;
  private static final Random RESEEDABLE = new Random(seed); // expect: LL108 new Random(…) (a random generator seeded at init) is kept in field RESEEDABLE
  private static final SecureRandom SECURE = new SecureRandom();
  private final int token = SECURE.nextInt(); // expect: LL108 SECURE.nextInt() (a random value drawn at init)
  private final Audit audit = new Audit();
  private final String instanceId;
  private final String shortId;

  static {
    STARTED_AT = System.currentTimeMillis(); // expect: LL108 System.currentTimeMillis() (the time of init) is kept in field STARTED_AT
  }

  public OrderHandler() {
    instanceId = newId();
    String raw = Double.toString(Math.random()); // expect: LL108 Math.random() (a random value)
    this.shortId = raw.substring(0, 4);
  }

  private static String newId() {
    return "env-" + UUID.randomUUID(); // expect: LL108 UUID.randomUUID() (a random value) is kept in field instanceId
  }

  @Override
  public String handleRequest(Map<String, Object> input, Context context) {
    return instanceId + shortId + token + STARTED_AT + RANDOM.nextInt() + RESEEDABLE.nextInt() + createdAt + audit.created();
  }
}
