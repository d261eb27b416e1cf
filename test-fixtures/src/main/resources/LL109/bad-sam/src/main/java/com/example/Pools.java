package com.example;

import javax.sql.DataSource;

public final class Pools {
  private Pools() {}

  public static DataSource dataSource() {
    return null;
  }
}
