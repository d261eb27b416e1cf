package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.LocalDateTime;
import java.util.UUID;

public class TokenHandler implements RequestHandler<String, String> {
  private final String nonce;
  private final LocalDateTime since;

  public TokenHandler() {
    this.nonce = UUID.randomUUID()
        .toString();
    this.since = LocalDateTime.now();
  }

  @Override
  public String handleRequest(String input, Context context) {
    return nonce + since;
  }
}
