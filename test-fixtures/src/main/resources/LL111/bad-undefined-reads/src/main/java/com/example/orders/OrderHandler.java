package com.example.orders;

import static java.lang.System.getenv;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class OrderHandler implements RequestHandler<Map<String, String>, String> {
  private static final String BUCKET_ENV = "BUCKET";
  // init code: a static field initialiser
  private static final String QUEUE_URL = System.getenv("QUEUE_URL"); // expect: LL111 QUEUE_URL is read here, but the environment of OrdersFunction does not define it
  // a constant naming the variable
  private final String bucket = System.getenv(BUCKET_ENV); // expect: LL111 BUCKET
  // defined by the function, by Globals, by Lambda
  private final String table = System.getenv("TABLE_NAME");
  private final String level = System.getenv("LOG_LEVEL");
  private final String region = System.getenv("AWS_REGION");
  // built at init: its constructor reads the environment
  private final Repository repository = new Repository();

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    String topic = System.getenv().get("TOPIC_ARN"); // expect: LL111 TOPIC_ARN
    String removed = System.getenv("REMOVED"); // expect: LL111 REMOVED
    return publish(topic, removed + table + level + region + bucket + QUEUE_URL + repository.table() + Settings.REGION_TABLE);
  }

  private String publish(String topic, String body) {
    // static import of System.getenv
    return topic + body + getenv("AUDIT_STREAM").length(); // expect: LL111 AUDIT_STREAM
  }
}
