package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The event class is chosen two levels down. */
public abstract class Base<I, O> implements RequestHandler<I, O> {
  @Override
  public O handleRequest(I event, Context context) {
    return process(event);
  }

  protected abstract O process(I event);
}
