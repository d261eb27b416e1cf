package com.example;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Built by OrderHandler's constructor: its constructor is init code too. */
public class OrderRepository {
  private final Connection connection;

  public OrderRepository(DataSource dataSource) throws SQLException {
    this.connection = dataSource.getConnection(); // expect: LL109 dataSource.getConnection() opens a connection that the init code of OrderHandler keeps in field connection, and SnapStart is on for OrdersFunction
  }

  public Connection connection() {
    return connection;
  }
}
