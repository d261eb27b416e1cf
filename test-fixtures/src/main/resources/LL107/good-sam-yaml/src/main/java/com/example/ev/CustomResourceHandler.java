package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;

public class CustomResourceHandler implements RequestHandler<CloudFormationCustomResourceEvent, Void> {
  @Override
  public Void handleRequest(CloudFormationCustomResourceEvent event, Context context) {
    return null;
  }
}
