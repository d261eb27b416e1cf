package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Names of secrets, placeholders, empty values: LL103 stays silent. */
public class ConfigHandler implements RequestHandler<String, String> {
  private static final String PASSWORD_ENV = "DB_PASSWORD";
  private static final String DB_PASSWORD = "DB_PASSWORD";
  private static final String PASSWORD_PARAM = "/prod/orders/db-password";
  private static final String SECRET_NAME = "prod/orders/db";
  private static final String SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf";
  private static final String API_KEY_HEADER = "x-api-key";
  private static final String TOKEN_FIELD = "access_token";
  private static final String PASSWORD_KEY = "password";
  private static final String DEFAULT_PASSWORD = "";
  private static final String PLACEHOLDER_TOKEN = "${api.token}";
  private static final String TEMPLATE_SECRET = "<your-secret-here>";
  private static final String MASKED_PASSWORD = "********";
  private static final String XED_API_KEY = "xxxxxxxxxxxxxxxx";
  private static final String KEY_STORE_PASSWORD = "changeit";
  private static final String DOCS_KEY = "AKIAIOSFODNN7EXAMPLE";
  private static final String TOKEN_ERROR = "Invalid token: please sign in again";
  private static final String JDBC_TEMPLATE = "jdbc:postgresql://%s:5432/orders?user=%s&password=%s";
  private static final int TOKEN_TTL = 3600;
  private static final String AUTH = "basic";
  private static final String DB_SECRET = "prod/orders/db";
  private final String authStrategy = "cognito";
  private static final SecretsManagerClient SECRETS = SecretsManagerClient.create();
  private static final SsmClient SSM = SsmClient.create();

  @Override
  public String handleRequest(String input, Context context) {
    String password = System.getenv("DB_PASSWORD");
    String apiKey = SSM.getParameter(r -> r.name("/prod/api-key").withDecryption(true)).parameter().value();
    String secret = SECRETS.getSecretValue(r -> r.secretId("prod/orders/db")).secretString();
    String token = System.getenv().getOrDefault("API_TOKEN", "");
    AwsBasicCredentials fromEnv = AwsBasicCredentials.create(System.getenv("KEY_ID"), System.getenv("SECRET_KEY"));
    AwsBasicCredentials empty = AwsBasicCredentials.create("", "");
    String url = "jdbc:postgresql://db:5432/orders?user=app&password=" + password;
    return password + apiKey + secret + token + url + fromEnv + empty;
  }
}
