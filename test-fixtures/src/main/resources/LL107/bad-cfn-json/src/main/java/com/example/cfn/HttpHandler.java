package com.example.cfn;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

public class HttpHandler implements RequestHandler<APIGatewayProxyRequestEvent, String> {
  @Override
  public String handleRequest(APIGatewayProxyRequestEvent event, Context context) { // expect: LL107 API Gateway integration HttpIntegration (PayloadFormatVersion 2.0) delivers APIGatewayV2HTTPEvent
    return null;
  }
}
