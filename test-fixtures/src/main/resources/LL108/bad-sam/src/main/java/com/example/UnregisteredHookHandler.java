package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.UUID;
import org.crac.Resource;

/** Has an afterRestore hook but never registers it: the runtime never calls it. */
public class UnregisteredHookHandler implements RequestHandler<String, String>, Resource {
  private String envId = UUID.randomUUID().toString(); // expect: LL108 UUID.randomUUID() (a random value) is kept in field envId by the init code of UnregisteredHookHandler, and SnapStart is on for HooksFunction

  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {}

  @Override
  public void afterRestore(org.crac.Context<? extends Resource> context) {
    envId = UUID.randomUUID().toString();
  }

  @Override
  public String handleRequest(String input, Context context) {
    return envId;
  }
}
