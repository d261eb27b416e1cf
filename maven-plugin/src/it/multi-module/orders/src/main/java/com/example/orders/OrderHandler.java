package com.example.orders;

public class OrderHandler {
  public String handleRequest(String orderId) {
    return orderId;
  }
}
