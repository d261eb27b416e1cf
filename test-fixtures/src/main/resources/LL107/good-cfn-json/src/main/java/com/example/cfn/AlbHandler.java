package com.example.cfn;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;

public class AlbHandler implements RequestHandler<ApplicationLoadBalancerRequestEvent, String> {
  @Override
  public String handleRequest(ApplicationLoadBalancerRequestEvent event, Context context) {
    return null;
  }
}
