package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.sql.Connection;
import java.sql.DriverManager;

public class LedgerHandler implements RequestHandler<String, String> {
  private static final Connection DB = connect();

  private static Connection connect() {
    try {
      return DriverManager.getConnection("jdbc:postgresql://ledger/db");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String handleRequest(String input, Context context) {
    return String.valueOf(DB);
  }
}
