package com.example.enrich;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The template names the subclass; handleRequest is inherited from here. */
public abstract class BaseHandler implements RequestHandler<String, String> {
  @Override
  public String handleRequest(String input, Context context) {
    return enrich(input);
  }

  protected abstract String enrich(String input);
}
