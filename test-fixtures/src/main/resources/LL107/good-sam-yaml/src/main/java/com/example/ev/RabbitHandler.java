package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.RabbitMQEvent;

public class RabbitHandler implements RequestHandler<RabbitMQEvent, Void> {
  @Override
  public Void handleRequest(RabbitMQEvent event, Context context) {
    return null;
  }
}
