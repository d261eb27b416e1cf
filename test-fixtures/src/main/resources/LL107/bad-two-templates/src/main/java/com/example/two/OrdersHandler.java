package com.example.two;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

public class OrdersHandler implements RequestHandler<SQSEvent, String> {
  @Override
  public String handleRequest(SQSEvent event, Context context) { // expect: LL107 OrdersHandler.handleRequest takes SQSEvent, but no trigger of OrdersFunction delivers it: Api event GetOrders delivers APIGatewayProxyRequestEvent
    return null;
  }
}
