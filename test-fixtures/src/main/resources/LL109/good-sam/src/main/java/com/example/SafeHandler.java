package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import org.crac.Core;
import org.crac.Resource;
import redis.clients.jedis.JedisPool;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

public class SafeHandler implements RequestHandler<String, String> {
  // pools and AWS SDK clients open their connections when asked and replace dead ones
  private static final HikariDataSource POOL = new HikariDataSource(new HikariConfig());
  private static final JedisPool REDIS = new JedisPool("cache.internal", 6379);
  private static final DynamoDbClient DYNAMO = DynamoDbClient.create();
  // an unconnected socket
  private final Socket spare = new Socket();
  // reopened by the registered hook below
  private Connection connection;
  private final Resource hook = new Resource() {
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) throws Exception {
      connection.close();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) throws Exception {
      reconnect();
    }
  };

  public SafeHandler() throws Exception {
    reconnect();
    Core.getGlobalContext().register(hook);
    // warm-up: opened and closed at init, never kept
    try (Connection warm = DriverManager.getConnection(System.getenv("DB_URL"))) {
      warm.isValid(1);
    }
  }

  private void reconnect() throws Exception {
    connection = DriverManager.getConnection(System.getenv("DB_URL"));
  }

  @Override
  public String handleRequest(String input, Context context) {
    try (Connection perRequest = POOL.getConnection(); Socket socket = new Socket("ledger.internal", 9000)) {
      return perRequest + "" + socket + REDIS + DYNAMO + spare + connection;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
