package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.LocalDateTime;
import java.util.UUID;

public class TokenHandler implements RequestHandler<String, String> {
  private final String nonce;
  private final LocalDateTime since;

  public TokenHandler() {
    this.nonce = UUID.randomUUID() // expect: LL108 UUID.randomUUID() (a random value) is kept in field nonce by the init code of TokenHandler, and SnapStart is on for TokenFunction
        .toString();
    this.since = LocalDateTime.now(); // expect: LL108 LocalDateTime.now() (the time of init)
  }

  @Override
  public String handleRequest(String input, Context context) {
    return nonce + since;
  }
}
