package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

public class RuleHandler implements RequestHandler<ScheduledEvent, Void> {
  @Override
  public Void handleRequest(ScheduledEvent event, Context context) {
    return null;
  }
}
