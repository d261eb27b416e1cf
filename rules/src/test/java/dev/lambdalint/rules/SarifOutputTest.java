package dev.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.report.Reporters;
import dev.lambdalint.fixtures.Fixtures;
import dev.lambdalint.fixtures.SarifValidation;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF from real rules on the sample project, checked as GitHub code scanning reads it. */
class SarifOutputTest {
  private static final Linter LINTER = Linter.withInstalledRules();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String sarif(Report report) throws Exception {
    StringWriter out = new StringWriter();
    Reporters.forFormat("sarif").write(report, out);
    return out.toString();
  }

  private static Report lintSample() throws Exception {
    Path sample = Fixtures.project("order-service");
    return LINTER.run(LintRequest.of(sample, sample));
  }

  @Test
  void theSampleProjectGivesSchemaValidSarifWithFindingsAtTheirLines() throws Exception {
    String text = sarif(lintSample());
    assertThat(SarifValidation.violations(text)).as("schema " + SarifValidation.sharedSchemaPath()).isEmpty();

    JsonNode run = JSON.readTree(text).get("runs").get(0);
    List<String> places = new ArrayList<>();
    for (JsonNode result : run.get("results")) {
      JsonNode physical = result.get("locations").get(0).get("physicalLocation");
      places.add(result.get("ruleId").asText() + " " + physical.get("artifactLocation").get("uri").asText()
          + ":" + physical.get("region").get("startLine").asInt());
    }
    assertThat(places).containsExactly(
        "LL108 order-handler/src/main/java/com/example/orders/CreateOrderHandler.java:30",
        "LL102 order-handler/src/main/java/com/example/orders/CreateOrderHandler.java:41",
        "LL101 order-handler/src/main/java/com/example/orders/FulfilOrderHandler.java:24",
        "LL101 order-handler/src/main/java/com/example/orders/FulfilOrderHandler.java:38",
        "LL101 order-handler/src/main/java/com/example/orders/FulfilOrderHandler.java:46",
        "LL202 template.yaml:29",
        "LL506 template.yaml:34",
        "LL506 template.yaml:62",
        "LL303 template.yaml:81",
        "LL304 template.yaml:82",
        "LL105 template.yaml:84",
        "LL303 template.yaml:119",
        "LL304 template.yaml:120");
  }

  @Test
  void resultsCarryWhatCodeScanningNeeds() throws Exception {
    JsonNode run = JSON.readTree(sarif(lintSample())).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("lambdalint");
    assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText()).startsWith("file:///").endsWith("/");

    for (JsonNode result : run.get("results")) {
      JsonNode rule = rules.get(result.get("ruleIndex").asInt());
      assertThat(rule.get("id").asText()).isEqualTo(result.get("ruleId").asText());
      assertThat(result.get("level").asText()).isIn("error", "warning", "note");
      assertThat(result.get("message").get("text").asText()).isNotBlank();
      JsonNode artifact = result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
      assertThat(artifact.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
      assertThat(artifact.get("uri").asText()).doesNotStartWith("/").doesNotContain("\\");
      JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
      assertThat(region.has("startColumn") && region.has("endLine") && region.has("endColumn")).isTrue();
      assertThat(result.get("partialFingerprints").get("lambdalint/v1").asText()).hasSize(32);
    }
    JsonNode templateResult = StreamSupport.stream(run.get("results").spliterator(), false)
        .filter(r -> r.get("ruleId").asText().equals("LL303")).findFirst().orElseThrow();
    JsonNode logical = templateResult.get("locations").get(0).get("logicalLocations").get(0);
    assertThat(logical.get("name").asText()).isEqualTo("FulfilOrderFunction");
    assertThat(logical.get("fullyQualifiedName").asText()).startsWith("Resources/FulfilOrderFunction/Properties/Policies");
  }

  @Test
  void everyRuleIsDescribedWithDocsLevelAndSecuritySeverity() throws Exception {
    JsonNode rules = JSON.readTree(sarif(lintSample())).get("runs").get(0).get("tool").get("driver").get("rules");
    List<String> ids = new ArrayList<>();
    for (JsonNode rule : rules) {
      ids.add(rule.get("id").asText());
      assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank();
      assertThat(rule.get("fullDescription").get("text").asText().length()).isBetween(1, 1024);
      assertThat(rule.get("help").get("text").asText()).isNotBlank();
      assertThat(rule.get("help").get("markdown").asText()).contains("## Non-compliant", "## Compliant");
      assertThat(rule.get("defaultConfiguration").get("level").asText()).isIn("error", "warning", "note");
      assertThat(rule.has("helpUri")).isFalse();
    }
    assertThat(ids).doesNotHaveDuplicates().contains("LL001", "LL002", "LL101", "LL303");
    JsonNode wildcard = StreamSupport.stream(rules.spliterator(), false)
        .filter(r -> r.get("id").asText().equals("LL303")).findFirst().orElseThrow();
    assertThat(wildcard.get("properties").get("security-severity").isTextual()).isTrue();
    assertThat(wildcard.get("properties").get("security-severity").asText()).isEqualTo("7.5");
    assertThat(wildcard.get("properties").get("tags").get(0).asText()).isEqualTo("security");
  }

  @Test
  void fingerprintsSurviveLinesInsertedAboveAFinding(@TempDir Path dir) throws Exception {
    Path template = dir.resolve("template.yaml");
    String body = Files.readString(Fixtures.rulesRoot().resolve("LL303/bad-iam-resources/template.yaml"));
    Files.writeString(template, body);
    List<String> before = fingerprints(LINTER.run(LintRequest.of(dir, dir)));
    Files.writeString(template, body.replace("Resources:\n", "Metadata:\n  Owner: team-a\n  Purpose: moved\n\nResources:\n"));
    List<String> after = fingerprints(LINTER.run(LintRequest.of(dir, dir)));
    assertThat(before).isNotEmpty();
    assertThat(after).isEqualTo(before);
  }

  private static List<String> fingerprints(Report report) throws Exception {
    List<String> result = new ArrayList<>();
    for (JsonNode r : JSON.readTree(sarif(report)).get("runs").get(0).get("results")) {
      result.add(r.get("partialFingerprints").get("lambdalint/v1").asText());
    }
    return result;
  }

  @Test
  void noMoreResultsThanGitHubAcceptsAndItSaysHowManyWereLeftOut(@TempDir Path dir) throws Exception {
    Report sample = lintSample();
    Finding template = sample.findings().get(0);
    SourceFile file = SourceFile.of(dir.resolve("Big.java"), dir);
    List<Finding> many = new ArrayList<>();
    for (int i = 1; i <= 25_003; i++) {
      many.add(new Finding(template.rule(), template.severity(), "finding " + i,
          Location.of(file, TextRange.at(i, 1)), "fp" + i));
    }
    Report big = new Report(dir, many, sample.rules(), 0, 1, sample.toolVersion());
    JsonNode run = JSON.readTree(sarif(big)).get("runs").get(0);
    assertThat(run.get("results").size()).isEqualTo(25_000);
    assertThat(run.get("invocations").get(0).get("toolExecutionNotifications").get(0).get("message").get("text").asText())
        .contains("3 of 25003 results were left out");
  }

  @Test
  void theSameInputGivesTheSameBytes() throws Exception {
    assertThat(sarif(lintSample())).isEqualTo(sarif(lintSample()));
  }
}
