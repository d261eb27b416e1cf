package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

public class QueueHandler implements RequestHandler<ScheduledEvent, Void> {
  @Override
  public Void handleRequest(ScheduledEvent event, Context context) { // expect: LL107 QueueHandler.handleRequest takes ScheduledEvent, but no trigger of QueueFunction delivers it: SQS event Orders delivers SQSEvent; SNS event Alerts delivers SNSEvent
    return null;
  }
}
