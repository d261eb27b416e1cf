package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.sql.Connection;
import java.sql.DriverManager;

/** Keeps a connection from init, but its function has no SnapStart. */
public class PlainHandler implements RequestHandler<String, String> {
  private final Connection connection;

  public PlainHandler() throws Exception {
    connection = DriverManager.getConnection(System.getenv("DB_URL"));
  }

  @Override
  public String handleRequest(String input, Context context) {
    return String.valueOf(connection);
  }
}
