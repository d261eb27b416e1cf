package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class AuditHandler implements RequestHandler<Map<String, String>, String> {
  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    return System.getenv("LOG_LEVEL").toLowerCase(); // expect: LL111 LOG_LEVEL is read here, but the environment of AuditFunction does not define it
  }
}
