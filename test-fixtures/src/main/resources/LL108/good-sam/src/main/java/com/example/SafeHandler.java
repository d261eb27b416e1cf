package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.crac.Core;
import org.crac.Resource;

public class SafeHandler implements RequestHandler<String, String>, Resource {
  // AWS's own example keeps a SecureRandom made at init: it reseeds itself after a restore
  private static final SecureRandom RNG = new SecureRandom();
  private static final SecureRandom STRONG = newStrong();
  // a fixed seed gives the same sequence everywhere, snapshot or not: on purpose
  private static final Random SEEDED = new Random(42L);
  private static final long SEED = 7L;
  private static final Random SEEDED_BY_CONSTANT = new Random(SEED);
  // a supplier runs when called, on the invocation path
  private final Supplier<String> ids = () -> UUID.randomUUID().toString();
  // regenerated in afterRestore of a registered resource
  private String envId = UUID.randomUUID().toString();
  private long restoredAt = System.currentTimeMillis();

  public SafeHandler() {
    Core.getGlobalContext().register(this);
    long initStart = System.nanoTime(); // a local, not kept
    System.out.println("init took " + (System.nanoTime() - initStart));
  }

  private static SecureRandom newStrong() {
    return new SecureRandom();
  }

  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {}

  @Override
  public void afterRestore(org.crac.Context<? extends Resource> context) {
    refresh();
  }

  private void refresh() {
    envId = UUID.randomUUID().toString();
    restoredAt = System.currentTimeMillis();
  }

  @Override
  public String handleRequest(String input, Context context) {
    String requestId = UUID.randomUUID().toString();
    Instant now = Instant.now();
    return requestId + now + RNG.nextInt() + STRONG.nextLong() + SEEDED.nextInt() + SEEDED_BY_CONSTANT.nextInt() + ids.get() + envId + restoredAt;
  }
}
