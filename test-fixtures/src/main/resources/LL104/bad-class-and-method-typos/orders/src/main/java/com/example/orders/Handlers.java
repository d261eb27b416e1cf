package com.example.orders;

public final class Handlers {
  private Handlers() {}

  /** Lambda spells a nested class with '$': com.example.orders.Handlers$Refunds. */
  public static class Refunds {
    public String refund(String orderId) {
      return orderId;
    }
  }
}
