package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import okhttp3.OkHttpClient;

public class ReportHandler implements RequestStreamHandler {

  @Override
  public void handleRequest(InputStream in, OutputStream out, Context context) throws java.io.IOException {
    HttpClient http = HttpClient.newHttpClient();  // expect: LL101 HttpClient
    HttpClient tuned = HttpClient.newBuilder()  // expect: LL101 HttpClient
        .connectTimeout(Duration.ofSeconds(2))
        .build();
    OkHttpClient ok = new OkHttpClient();  // expect: LL101 OkHttpClient
    OkHttpClient okTuned = new OkHttpClient.Builder().build();  // expect: LL101 OkHttpClient
    ObjectMapper mapper = new ObjectMapper();  // expect: LL101 ObjectMapper
    Gson gson = new Gson();  // expect: LL101 Gson
    HikariDataSource pool = new HikariDataSource(new HikariConfig());  // expect: LL101 HikariDataSource
    try (Connection db = DriverManager.getConnection(System.getenv("JDBC_URL"))) {  // expect: LL101 JDBC connection
      out.write(mapper.writeValueAsBytes(db.getMetaData().getURL()));
    } catch (java.sql.SQLException e) {
      throw new java.io.IOException(e);
    }
    out.write(gson.toJson(http.toString() + tuned + ok + okTuned + pool).getBytes());
  }
}
