package com.example;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.auth.BasicSessionCredentials;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

public class OrderHandler implements RequestHandler<String, String> {
  private static final String DB_PASSWORD = "Tr0ub4dor-and-3-horses"; // expect: LL103 DB_PASSWORD
  private static final String api_key = "q8Wm2Zr5Tn7Yx4Vb1Lc9"; // expect: LL103 api_key
  private final String clientSecret = "Cl13nt-S3cret-Value-42"; // expect: LL103 clientSecret
  private static final String JDBC_URL =
      "jdbc:mysql://db:3306/orders?user=app&password=J4va-Jdbc-Pa55"; // expect: LL103 connection string
  private static final String KEY_ID = "AKIAZ7QW3RT5YU2PLM4N"; // expect: LL103 AWS access key id

  // SDK v2, static credentials: the call starts on the line of AwsBasicCredentials.create
  private final S3Client s3 = S3Client.builder()
      .credentialsProvider(StaticCredentialsProvider.create(
          AwsBasicCredentials.create( // expect: LL103 AwsBasicCredentials.create
              "AKIAZ7QW3RT5YU2PLM4N",
              "kT9vQ2mXz7Lp4RwS8nBc1YdF6gHj3KaE5uVo0iNq")))
      .build();

  @Override
  public String handleRequest(String input, Context context) {
    AwsSessionCredentials session = AwsSessionCredentials.create("ASIAQ4XK9LMN2BV7CD3E", "kT9vQ2mXz7Lp4RwS8nBc1YdF6gHj3KaE5uVo0iNr", "FwoGZXIvYXdzEXAMPLESESSION"); // expect: LL103 AwsSessionCredentials.create
    BasicAWSCredentials v1 = new BasicAWSCredentials("AKIAZ7QW3RT5YU2PLM4N", "kT9vQ2mXz7Lp4RwS8nBc1YdF6gHj3KaE5uVo0iNs"); // expect: LL103 new BasicAWSCredentials
    BasicSessionCredentials v1Session =
        new BasicSessionCredentials("ASIAQ4XK9LMN2BV7CD3E", "kT9vQ2mXz7Lp4RwS8nBc1YdF6gHj3KaE5uVo0iNt", "token"); // expect: LL103 new BasicSessionCredentials
    String dbPassword = "L0cal-Pa55word-Value"; // expect: LL103 dbPassword
    String authToken;
    authToken = "xoxb-2938475610-9876543210-ZyXwVuTsRqPoNmLk"; // expect: LL103 Slack token
    HikariConfig config = new HikariConfig();
    // a method argument is judged by its shape, whatever the method is called
    config.setPassword("xoxb-2938475610-9876543210-AbCdEfGhIjKl"); // expect: LL103 Slack token
    String accessKey = "ASIAQ4XK9LMN2BV7CD3E"; // expect: LL103 AWS access key id
    char[] keyStorePassword = "K3yst0re-Pa55word".toCharArray(); // expect: LL103 keyStorePassword
    return input;
  }
}
