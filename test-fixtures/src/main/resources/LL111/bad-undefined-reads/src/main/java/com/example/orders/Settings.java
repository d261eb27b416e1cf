package com.example.orders;

/** Settings of every function: each reads the ones it uses. */
public final class Settings {
  static final String REGION_TABLE = System.getenv("REGION_TABLE"); // expect: LL111 REGION_TABLE is read here, but the environment of OrdersFunction does not define it
  // no handler reads it: a null here is harmless
  static final String REPORTS_TABLE = System.getenv("REPORTS_TABLE");

  private Settings() {}
}
