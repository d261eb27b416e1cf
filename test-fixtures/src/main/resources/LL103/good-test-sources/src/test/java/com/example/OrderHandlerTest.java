package com.example;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/** Test sources may hold fake credentials: LL103 reads only main code. */
class OrderHandlerTest {
  private static final String DB_PASSWORD = "Tr0ub4dor-and-3-horses";
  private static final String KEY_ID = "AKIAZ7QW3RT5YU2PLM4N";
  private final AwsBasicCredentials credentials =
      AwsBasicCredentials.create("AKIAZ7QW3RT5YU2PLM4N", "kT9vQ2mXz7Lp4RwS8nBc1YdF6gHj3KaE5uVo0iNq");
  private final String jdbc = "jdbc:mysql://db:3306/orders?user=app&password=J4va-Jdbc-Pa55";
}
