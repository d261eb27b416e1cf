package com.example.cfn;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;

public class TopicHandler implements RequestHandler<SNSEvent, Void> {
  @Override
  public Void handleRequest(SNSEvent event, Context context) {
    return null;
  }
}
