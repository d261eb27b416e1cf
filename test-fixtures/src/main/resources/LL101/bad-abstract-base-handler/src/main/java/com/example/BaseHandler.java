package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/** Lambda instantiates the concrete subclass; handleRequest is inherited from here. */
public abstract class BaseHandler<I, O> implements RequestHandler<I, O> {

  @Override
  public O handleRequest(I input, Context context) {
    CloudWatchClient metrics = CloudWatchClient.create();  // expect: LL101 CloudWatchClient is built on every invocation of InvoiceHandler.handleRequest
    metrics.close();
    return process(input);
  }

  protected abstract O process(I input);
}
