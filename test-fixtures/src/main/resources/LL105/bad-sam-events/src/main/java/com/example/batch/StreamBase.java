package com.example.batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;

/** The result type is chosen by the subclass. */
public abstract class StreamBase<O> implements RequestHandler<KinesisEvent, O> {
  @Override
  public O handleRequest(KinesisEvent event, Context context) {
    return process(event);
  }

  protected abstract O process(KinesisEvent event);
}
