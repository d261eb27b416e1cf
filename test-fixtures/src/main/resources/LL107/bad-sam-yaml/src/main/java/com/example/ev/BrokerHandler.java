package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ActiveMQEvent;

public class BrokerHandler implements RequestHandler<ActiveMQEvent, Void> {
  @Override
  public Void handleRequest(ActiveMQEvent event, Context context) { // expect: LL107 MQ event Messages (broker RabbitBroker runs RABBITMQ) delivers RabbitMQEvent
    return null;
  }
}
