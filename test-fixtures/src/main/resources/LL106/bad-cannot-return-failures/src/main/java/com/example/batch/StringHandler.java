package com.example.batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;

public class StringHandler implements RequestHandler<KinesisEvent, String> {
  @Override
  public String handleRequest(KinesisEvent event, Context context) {
    return "processed " + event.getRecords().size();
  }
}
