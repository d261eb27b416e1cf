package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

public class HttpHandler implements RequestHandler<APIGatewayProxyRequestEvent, String> {
  @Override
  public String handleRequest(APIGatewayProxyRequestEvent event, Context context) { // expect: LL107 HttpApi event GetOrder (payload format 2.0, the default) delivers APIGatewayV2HTTPEvent; its httpMethod, path, resource and multiValue* fields arrive null
    return null;
  }
}
