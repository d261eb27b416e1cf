package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

public class HttpHandler implements RequestHandler<APIGatewayProxyRequestEvent, String> {
  @Override
  public String handleRequest(APIGatewayProxyRequestEvent event, Context context) { // expect: LL107 HttpApi event GetOrder (payload format 2.0, the default) delivers APIGatewayV2HTTPEvent; its httpMethod, path, resource and multiValue* fields arrive null (headers, body, query string and path parameters still fill); take APIGatewayV2HTTPEvent instead, or set PayloadFormatVersion: '1.0' on the event
    return null;
  }
}
