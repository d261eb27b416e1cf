package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.zaxxer.hikari.HikariConfig;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Issue 17: literals passed to methods named like secrets are the secrets' names, not secrets.
 * LL103 judges a method argument by its shape only, never by the method's name: silent.
 */
public class SecretLookupHandler implements RequestHandler<String, String> {
  private static final SecretsManagerClient SECRETS = SecretsManagerClient.create();
  private static final SsmClient SSM = SsmClient.create();
  private final SecretCache cache = new SecretCache(SECRETS);

  @Override
  public String handleRequest(String input, Context context) {
    String credentials = cache.getSecret("OrdersDbCredentials");
    String apiToken = cache.getSecretString("PaymentsApiToken");
    String value = SECRETS.getSecretValue(GetSecretValueRequest.builder().secretId("ProdOrdersDbPassword").build())
        .secretString();
    String legacy = SECRETS.getSecretValue(r -> r.secretId("OrdersServiceApiKey")).secretString();
    String password = SSM.getParameter(r -> r.name("db-password").withDecryption(true)).parameter().value();
    String token = lookupToken("SlackBotToken");
    HikariConfig config = new HikariConfig();
    // Not judged by the method's name either (the catalog: only assignments, credentials calls and shapes count).
    config.setPassword(password);
    config.setUsername("orders_app");
    return credentials + apiToken + value + legacy + token;
  }

  private static String lookupToken(String secretName) {
    return SSM.getParameter(r -> r.name("/prod/" + secretName)).parameter().value();
  }

  /** A cache in front of Secrets Manager, as the AWS caching client offers. */
  static final class SecretCache {
    private final SecretsManagerClient client;

    SecretCache(SecretsManagerClient client) {
      this.client = client;
    }

    String getSecret(String secretId) {
      return client.getSecretValue(r -> r.secretId(secretId)).secretString();
    }

    String getSecretString(String secretId) {
      return getSecret(secretId);
    }
  }
}
