package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

public class V1Handler implements RequestHandler<APIGatewayProxyRequestEvent, String> {
  @Override
  public String handleRequest(APIGatewayProxyRequestEvent event, Context context) {
    return null;
  }
}
