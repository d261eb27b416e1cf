package com.example.batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

/** Not a RequestHandler: named by the template only. */
public class VoidHandler {
  public void handleRequest(SQSEvent event, Context context) {
    event.getRecords().forEach(m -> context.getLogger().log(m.getBody()));
  }
}
