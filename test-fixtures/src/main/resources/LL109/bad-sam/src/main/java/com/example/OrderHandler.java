package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import javax.sql.DataSource;
import redis.clients.jedis.Jedis;

public class OrderHandler implements RequestHandler<String, String> {
  private static final Jedis CACHE;
  private final Connection connection;
  private final Socket socket;
  private final OrderRepository repository;

  static {
    CACHE = new Jedis("cache.internal", 6379); // expect: LL109 new Jedis(…) opens a connection that the init code of OrderHandler keeps in field CACHE
  }

  public OrderHandler() throws Exception {
    connection = DriverManager.getConnection(System.getenv("DB_URL")); // expect: LL109 DriverManager.getConnection(…) opens a connection
    this.socket = openSocket();
    DataSource dataSource = Pools.dataSource();
    this.repository = new OrderRepository(dataSource);
  }

  private static Socket openSocket() throws Exception {
    return new Socket("ledger.internal", 9000); // expect: LL109 new Socket(…) opens a connection that the init code of OrderHandler keeps in field socket
  }

  @Override
  public String handleRequest(String input, Context context) {
    return CACHE.get(input) + connection + socket + repository.connection();
  }
}
