package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Reads only what the function, Globals or Lambda define. */
public class OrderHandler implements RequestHandler<Map<String, String>, String> {
  private static final String TABLE = System.getenv("TABLE_NAME");
  private static final String LEVEL = System.getenv("LOG_LEVEL");
  private static final String EMPTY = System.getenv("EMPTY");
  // built at init, but its reports() that reads REPORTS_BUCKET is never called
  private final Config config = new Config();

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    return TABLE + LEVEL + EMPTY + Config.ORDERS_TABLE + config.hashCode() + System.getenv("AWS_REGION") + System.getenv("AWS_LAMBDA_FUNCTION_NAME")
        + System.getenv("_HANDLER") + System.getenv("LAMBDA_TASK_ROOT") + System.getenv("AWS_LAMBDA_LOG_GROUP_NAME")
        + System.getenv("AWS_LAMBDA_LOG_LEVEL") + System.getenv("TZ") + System.getenv("AWS_EXECUTION_ENV")
        + System.getenv(name());
  }

  /** Not a name the sources spell out for certain. */
  private String name() {
    return System.currentTimeMillis() > 0 ? "A" : "B";
  }

  /** A local runner: never runs in Lambda. */
  public static void main(String[] args) {
    System.out.println(System.getenv("LOCAL_ONLY").length());
  }
}
