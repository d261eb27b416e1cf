package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;

public class App implements RequestHandler<S3Event, Void> {
  @Override
  public Void handleRequest(S3Event event, Context context) {
    return null;
  }
}
