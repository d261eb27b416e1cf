package com.example.orders;

public class Repository {
  private final String table;

  public Repository() {
    this.table = System.getenv("REPO_TABLE"); // expect: LL111 REPO_TABLE is read here, but the environment of OrdersFunction does not define it
  }

  public String table() {
    return table;
  }
}
