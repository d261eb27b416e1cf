package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ActiveMQEvent;

public class AnyBrokerHandler implements RequestHandler<ActiveMQEvent, Void> {
  @Override
  public Void handleRequest(ActiveMQEvent event, Context context) {
    return null;
  }
}
