package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

public class V2Handler implements RequestHandler<APIGatewayV2HTTPEvent, String> {
  @Override
  public String handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return null;
  }
}
