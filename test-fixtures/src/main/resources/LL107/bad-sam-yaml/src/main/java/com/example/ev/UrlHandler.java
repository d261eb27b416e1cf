package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

public class UrlHandler implements RequestHandler<APIGatewayProxyRequestEvent, String> {
  @Override
  public String handleRequest(APIGatewayProxyRequestEvent event, Context context) { // expect: LL107 FunctionUrlConfig delivers APIGatewayV2HTTPEvent; its httpMethod, path, resource and multiValue* fields arrive null
    return null;
  }
}
