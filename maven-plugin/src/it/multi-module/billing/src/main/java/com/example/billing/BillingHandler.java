package com.example.billing;

import java.net.http.HttpClient;

public class BillingHandler {
  public String handleRequest(String invoiceId) {
    HttpClient client = HttpClient.newHttpClient();
    return client.toString() + invoiceId;
  }
}
