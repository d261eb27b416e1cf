package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

public class RestHandler implements RequestHandler<APIGatewayV2HTTPEvent, String> {
  @Override
  public String handleRequest(APIGatewayV2HTTPEvent event, Context context) { // expect: LL107 Api event ListOrders delivers APIGatewayProxyRequestEvent; its routeKey, rawPath, rawQueryString, cookies and requestContext.http arrive null
    return null;
  }
}
