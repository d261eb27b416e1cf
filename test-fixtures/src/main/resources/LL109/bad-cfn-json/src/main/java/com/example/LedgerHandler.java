package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.sql.Connection;
import java.sql.DriverManager;

public class LedgerHandler implements RequestHandler<String, String> {
  private static final Connection DB = connect();

  private static Connection connect() {
    try {
      return DriverManager.getConnection("jdbc:postgresql://ledger/db"); // expect: LL109 DriverManager.getConnection(…) opens a connection that the init code of LedgerHandler keeps in field DB, and SnapStart is on for LedgerFunction
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String handleRequest(String input, Context context) {
    return String.valueOf(DB);
  }
}
