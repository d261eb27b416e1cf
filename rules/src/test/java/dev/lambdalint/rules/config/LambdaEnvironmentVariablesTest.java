package dev.lambdalint.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The environment data LL508 and LL111 read: complete for what the catalog and AWS name, and sourced. */
class LambdaEnvironmentVariablesTest {
  /** The reserved names of AWS's "Defined runtime environment variables" (the catalog's LL508 list among them). */
  private static final List<String> RESERVED = List.of("_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION",
      "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
      "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY",
      "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT",
      "LAMBDA_RUNTIME_DIR", "AWS_LAMBDA_MAX_CONCURRENCY");

  @Test
  void everyReservedNameIsListedAsReserved() {
    for (String name : RESERVED) assertThat(LambdaEnvironmentVariables.isReserved(name)).as(name).isTrue();
  }

  @Test
  void theNamesTheCatalogSaysLambdaSetsAreSet() {
    for (String name : List.of("AWS_REGION", "AWS_LAMBDA_FUNCTION_NAME", "_HANDLER", "LAMBDA_TASK_ROOT")) {
      assertThat(LambdaEnvironmentVariables.isSetByLambda(name)).as(name).isTrue();
    }
  }

  @Test
  void unreservedAndUnverifiedNamesAreNotReserved() {
    // TZ was reserved in older copies of the page; AWS lists it among the unreserved ones now
    for (String name : List.of("TZ", "LANG", "PATH", "LD_LIBRARY_PATH", "AWS_XRAY_CONTEXT_MISSING", "JAVA_TOOL_OPTIONS",
        "AWS_LAMBDA_METADATA_API", "AWS_LAMBDA_METADATA_TOKEN", "MY_TABLE")) {
      assertThat(LambdaEnvironmentVariables.isReserved(name)).as(name).isFalse();
    }
    assertThat(LambdaEnvironmentVariables.isSetByLambda("TZ")).isTrue();
    assertThat(LambdaEnvironmentVariables.isSetByLambda("PYTHONPATH")).as("not for Java").isFalse();
    assertThat(LambdaEnvironmentVariables.isSetByLambda("JAVA_TOOL_OPTIONS")).as("the user's to set").isFalse();
  }

  @Test
  void everyReservedEntryIsOneAwsListsAsReserved() {
    for (String name : LambdaEnvironmentVariables.names()) {
      if (LambdaEnvironmentVariables.isReserved(name)) assertThat(RESERVED).as(name).contains(name);
    }
  }

  @Test
  void theFileSaysWhereAndWhenItWasTaken() throws IOException {
    try (InputStream in = LambdaEnvironmentVariables.class.getResourceAsStream(LambdaEnvironmentVariables.RESOURCE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime")
          .containsPattern("# As of: \\d{4}-\\d{2}-\\d{2}");
    }
  }
}
