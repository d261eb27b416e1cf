package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Raw base class: the event type cannot be told. */
public abstract class GenericBase<T> implements RequestHandler<T, Void> {
  @Override
  public Void handleRequest(T event, Context context) {
    return null;
  }
}
