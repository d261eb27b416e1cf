package com.example.app;

import com.amazonaws.serverless.proxy.spring.SpringBootProxyHandlerBase;

/** The library's base class declares handleRequest. */
public class StreamLambdaHandler extends SpringBootProxyHandlerBase {
  public StreamLambdaHandler() {
    super(Application.class);
  }
}
