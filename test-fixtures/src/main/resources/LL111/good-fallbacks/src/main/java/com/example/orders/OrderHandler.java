package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Every read of an undefined variable here has a fallback for when it is missing. */
public class OrderHandler implements RequestHandler<Map<String, String>, String> {
  private static final String STAGE = System.getenv().getOrDefault("STAGE", "dev");
  private static final String REGION_OVERRIDE = Optional.ofNullable(System.getenv("REGION_OVERRIDE")).orElse("eu-west-1");
  private static final String ENDPOINT = Objects.requireNonNullElse(System.getenv("ENDPOINT"), "https://example.com");
  private static final boolean LOCAL = "true".equals(System.getenv("IS_LOCAL"));
  private static final boolean DEBUG = Boolean.parseBoolean(System.getenv("DEBUG"));
  // a field null-checked later
  private final String prefix = System.getenv("KEY_PREFIX");
  private String suffix;

  public OrderHandler() {
    suffix = System.getenv("KEY_SUFFIX");
    if (suffix == null) suffix = "";
  }

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    String sam = System.getenv("AWS_SAM_LOCAL");
    String mode = sam != null ? "local" : "cloud";
    String color = System.getenv("COLOR") == null ? "blue" : System.getenv("COLOR");
    String size = System.getenv().containsKey("SIZE") ? System.getenv("SIZE") : "m";
    return STAGE + REGION_OVERRIDE + ENDPOINT + LOCAL + DEBUG + (prefix != null ? prefix : "") + suffix + mode + color
        + size + System.getenv("TABLE_NAME") + LocalSwitch.endpoint();
  }
}
