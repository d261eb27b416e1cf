package com.example.cfn;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;

public class QueueHandler implements RequestHandler<S3Event, Void> {
  @Override
  public Void handleRequest(S3Event event, Context context) { // expect: LL107 QueueHandler.handleRequest takes S3Event, but no trigger of QueueFunction delivers it: event source mapping QueueMapping (SQS) delivers SQSEvent
    return null;
  }
}
