package com.example.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class InvoiceHandler implements RequestHandler<String, String> {
  @Override
  public String handleRequest(String invoiceId, Context context) {
    return invoiceId;
  }
}
