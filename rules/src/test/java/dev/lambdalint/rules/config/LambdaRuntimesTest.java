package dev.lambdalint.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runtime data LL501 reads: complete for what the catalog names, and dated consistently. */
class LambdaRuntimesTest {
  /** Runtimes the rule catalog's LL501 entry names, and every runtime AWS lists as supported. */
  private static final List<String> REQUIRED = List.of(
      "dotnet8", "java8.al2", "java11", "java17", "python3.10", "python3.11",
      "nodejs24.x", "nodejs22.x", "nodejs20.x", "python3.14", "python3.13", "python3.12", "java25", "java21",
      "dotnet10", "ruby3.4", "ruby3.3", "ruby3.2", "provided.al2023", "provided.al2",
      "java8", "go1.x", "provided", "nodejs18.x", "python3.9", "dotnet6");

  @Test
  void everyRuntimeTheCatalogNamesIsListed() {
    assertThat(LambdaRuntimes.runtimes()).containsAll(REQUIRED);
  }

  @Test
  void datesAreInOrderAndSuccessorsAreListedRuntimes() {
    for (String runtime : LambdaRuntimes.runtimes()) {
      LambdaRuntimes.Entry e = LambdaRuntimes.lookup(runtime).orElseThrow();
      e.blockCreate().ifPresent(c -> assertThat(c).as(runtime).isAfterOrEqualTo(e.deprecated()));
      e.blockUpdate().ifPresent(u -> assertThat(u).as(runtime).isAfterOrEqualTo(e.deprecated()));
      if (e.blockCreate().isPresent() && e.blockUpdate().isPresent()) {
        assertThat(e.blockUpdate().get()).as(runtime).isAfterOrEqualTo(e.blockCreate().get());
      }
      assertThat(LambdaRuntimes.runtimes()).as("successor of " + runtime).contains(e.successor());
    }
  }

  @Test
  void theFileSaysWhereAndWhenItsDatesCameFrom() throws IOException {
    try (InputStream in = LambdaRuntimes.class.getResourceAsStream("lambda-runtimes.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html")
          .containsPattern("# As of: \\d{4}-\\d{2}-\\d{2}");
    }
  }
}
