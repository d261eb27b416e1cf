package com.example.orders;

/** Every function's settings in one class: a function defines only the ones it uses. */
public final class Config {
  public static final String ORDERS_TABLE = System.getenv("TABLE_NAME");
  public static final String USERS_TABLE = System.getenv("USERS_TABLE");
  private final String reports;

  public Config() {
    this.reports = System.getenv("REPORTS_BUCKET");
  }

  public String reports() {
    return reports;
  }
}
