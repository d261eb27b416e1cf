package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisTimeWindowEvent;

public class WindowHandler implements RequestHandler<KinesisTimeWindowEvent, Void> {
  @Override
  public Void handleRequest(KinesisTimeWindowEvent event, Context context) {
    return null;
  }
}
