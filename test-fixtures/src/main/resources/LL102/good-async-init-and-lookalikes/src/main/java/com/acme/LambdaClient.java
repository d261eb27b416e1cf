package com.acme;

/** A same-named class of another package: not the AWS SDK's. */
public class LambdaClient {
  public String invoke(String request) {
    return request;
  }
}
