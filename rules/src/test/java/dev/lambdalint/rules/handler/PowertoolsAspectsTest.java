package dev.lambdalint.rules.handler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The annotation → aspect library table LL112 reads: complete for what the catalog names, right where v2 differs, sourced. */
class PowertoolsAspectsTest {
  private static final String P = "software.amazon.lambda.powertools.";

  @Test
  void everyAnnotationTheCatalogNamesIsListed() {
    for (String annotation : List.of("logging.Logging", "tracing.Tracing", "metrics.Metrics", "metrics.FlushMetrics",
        "idempotency.Idempotent", "validation.Validation", "sqs.SqsLargeMessage")) {
      assertThat(PowertoolsAspects.modulesOf(P + annotation)).as(annotation).isPresent();
    }
  }

  @Test
  void theWovenModuleIsTheAnnotationsNotTheDependency() {
    // Powertools v2 upgrade guide: logging weaves powertools-logging (dependency -log4j/-logback);
    // idempotency weaves powertools-idempotency-core (dependency -dynamodb); @LargeMessage replaces @SqsLargeMessage
    assertThat(PowertoolsAspects.modulesOf(P + "logging.Logging")).contains(List.of("powertools-logging"));
    assertThat(PowertoolsAspects.modulesOf(P + "idempotency.Idempotent").orElseThrow())
        .contains("powertools-idempotency-core").doesNotContain("powertools-idempotency-dynamodb");
    assertThat(PowertoolsAspects.modulesOf(P + "largemessages.LargeMessage")).contains(List.of("powertools-large-messages"));
    assertThat(PowertoolsAspects.modulesOf(P + "sqs.SqsLargeMessage")).contains(List.of("powertools-sqs"));
  }

  @Test
  void annotationsThatNeedNoWeavingAreNotListed() {
    Map<String, List<String>> table = PowertoolsAspects.table();
    assertThat(table).doesNotContainKeys(P + "idempotency.IdempotencyKey", P + "kafka.Deserialization",
        P + "metrics.MetricsFactory", P + "tracing.TracingUtils", P + "logging.PowertoolsLogging");
    assertThat(table.keySet()).allMatch(name -> name.startsWith(P));
    assertThat(table.values()).allMatch(modules -> !modules.isEmpty()
        && modules.stream().allMatch(m -> m.startsWith("powertools-")));
  }

  @Test
  void theTableNamesItsSources() throws IOException {
    try (InputStream in = PowertoolsAspects.class.getResourceAsStream(PowertoolsAspects.RESOURCE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("https://docs.aws.amazon.com/powertools/java/latest/upgrade/").contains("2026-12-06");
    }
  }
}
