package dev.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.fixtures.SarifValidation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run policy as a CLI user meets it: notes never fail by default, rules chosen on the command
 * line, several reports from one run, paths relative to the repository, and the layouts of real
 * projects (a {@code sam init} project's handler or pom given alone meets the template above it).
 */
class RunPolicyCliTest {
  /** A {@code sam init} layout: the template at the root, the function's pom in its CodeUri folder. */
  private static final String SAM_TEMPLATE = """
      AWSTemplateFormatVersion: '2010-09-09'
      Transform: AWS::Serverless-2016-10-31
      Resources:
        OrdersFunction:
          Type: AWS::Serverless::Function
          Properties:
            CodeUri: OrdersFunction
            Handler: orders.App::handleRequest
            Runtime: java21
            MemorySize: 1024
            Timeout: 20
            Tracing: Active
            Events:
              Orders:
                Type: SQS
                Properties:
                  Queue: arn:aws:sqs:eu-west-1:123456789012:orders
                  BatchSize: 10
      """;

  private static final String HANDLER = """
      package orders;

      import com.amazonaws.services.lambda.runtime.Context;
      import com.amazonaws.services.lambda.runtime.RequestHandler;
      import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
      import com.amazonaws.services.lambda.runtime.events.SQSEvent;
      import java.util.List;

      public class App implements RequestHandler<SQSEvent, SQSBatchResponse> {
        @Override
        public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
          return new SQSBatchResponse(List.of());
        }
      }
      """;

  private static final String POM = """
      <project>
        <modelVersion>4.0.0</modelVersion>
        <groupId>orders</groupId>
        <artifactId>orders</artifactId>
        <version>1.0</version>
        <dependencies>
          <dependency>
            <groupId>com.amazonaws</groupId>
            <artifactId>aws-java-sdk</artifactId>
            <version>1.12.700</version>
          </dependency>
        </dependencies>
      </project>
      """;

  /** Only notes: LL505 (no tracing) and LL504 (no timeout) on a function with nothing else wrong. */
  private static final String NOTES_ONLY = """
      AWSTemplateFormatVersion: '2010-09-09'
      Resources:
        Fn:
          Type: AWS::Lambda::Function
          Properties:
            Runtime: python3.12
            Handler: app.handler
            MemorySize: 512
            Role: arn:aws:iam::123456789012:role/fn
            Code:
              S3Bucket: artifacts
              S3Key: fn.zip
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Run run(Path workingDirectory, Map<String, String> env, String... args) {
    return Run.in(workingDirectory, env, false, args);
  }

  private Run run(String... args) {
    return run(dir, Map.of(), args);
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void samInitProject(String templateName) throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    write(templateName, SAM_TEMPLATE);
    write("OrdersFunction/pom.xml", POM);
    write("OrdersFunction/src/main/java/orders/App.java", HANDLER);
  }

  @Test
  void notesAloneDoNotFailTheRunUnlessAsked() throws Exception {
    write("template.yaml", NOTES_ONLY);
    Run run = run("check");
    assertThat(run.out()).contains(" note LL505 ", " note LL504 ").doesNotContain(" warning ", " error ");
    assertThat(run.exitCode()).isZero();
    assertThat(run("check", "--fail-on", "note").exitCode()).isEqualTo(1);
    write(".lambdalint.yml", "failOn: note\n");
    assertThat(run("check").exitCode()).isEqualTo(1);
    assertThat(run("check", "--fail-on", "warning").exitCode()).isZero();
  }

  @Test
  void rulesAreChosenByIdOrNameAndATypoIsAUsageErrorWithASuggestion() throws Exception {
    write("template.yaml", NOTES_ONLY);
    assertThat(run("check", "--rule", "LL505").out()).contains(" LL505 ").doesNotContain(" LL504 ");
    assertThat(run("check", "--rule", "tracing-disabled,timeout-unset").out()).contains(" LL505 ", " LL504 ");
    assertThat(run("check", "--rule", "LL505", "--rule", "LL504").out()).contains(" LL505 ", " LL504 ");
    assertThat(run("check", "--skip-rule", "LL505").out()).doesNotContain(" LL505 ").contains(" LL504 ");
    // The command line wins over the configuration file, both ways.
    write(".lambdalint.yml", "rules:\n  LL505: {enabled: false}\n");
    assertThat(run("check", "--rule", "LL505").out()).contains(" LL505 ");
    Run typo = run("check", "--skip-rule", "LL5O5");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("--skip-rule: unknown rule 'LL5O5'; did you mean LL505 (tracing-disabled)?");
  }

  @Test
  void oneRunWritesSeveralReportsAndStillPrintsText() throws Exception {
    write("template.yaml", NOTES_ONLY);
    Run run = run("check", "--output-sarif", "out/lambdalint.sarif", "--output-json", "out/lambdalint.json");
    assertThat(run.out()).contains(" LL505 ");
    assertThat(run.err()).contains("Reports written to out/lambdalint.sarif, out/lambdalint.json.");
    assertThat(SarifValidation.violations(Files.readString(dir.resolve("out/lambdalint.sarif")))).isEmpty();
    assertThat(JSON.readTree(dir.resolve("out/lambdalint.json").toFile()).get("findings")).hasSize(3);
    Run clash = run("check", "-o", "same.json", "--output-json", "same.json");
    assertThat(clash.exitCode()).isEqualTo(2);
    assertThat(clash.err()).contains("two reports cannot be written to the same file");
  }

  @Test
  void colourIsAskedForOrRefusedWhateverTheTerminal() throws Exception {
    write("template.yaml", NOTES_ONLY);
    assertThat(run("check", "--color", "always").out()).contains("\u001b[");
    assertThat(run(dir, Map.of("NO_COLOR", "1"), "check", "--color", "always").out()).contains("\u001b[");
    assertThat(run("check", "--color", "never").out()).doesNotContain("\u001b[");
    assertThat(run("check").out()).doesNotContain("\u001b[");
    assertThat(run("check", "--color", "sometimes").exitCode()).isEqualTo(2);
  }

  @Test
  void aFunctionsFolderMeetsTheTemplateAboveItAndPathsAreRelativeToTheRepository() throws Exception {
    samInitProject("template.yaml");
    Run run = run(dir.resolve("OrdersFunction"), Map.of(), "check", "--format", "sarif", "-o", "x.sarif", ".");
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode sarif = JSON.readTree(dir.resolve("OrdersFunction/x.sarif").toFile()).get("runs").get(0);
    java.util.Set<String> placed = new java.util.TreeSet<>();
    for (JsonNode result : sarif.get("results")) {
      JsonNode artifact = result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
      placed.add(artifact.get("uri").asText() + " " + result.get("ruleId").asText());
      assertThat(artifact.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    }
    assertThat(placed).contains("template.yaml LL105", "OrdersFunction/pom.xml LL404");
    assertThat(sarif.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText())
        .isEqualTo(dir.toUri().toString());
  }

  @Test
  void aSamInitHandlerGivenAloneMeetsTheTemplateAboveItWhateverItsName() throws Exception {
    samInitProject("orders-template.yaml");
    Run run = run("check", "OrdersFunction/src/main/java/orders/App.java");
    assertThat(run.out()).contains("orders-template.yaml:14:9: error LL105 ");
    assertThat(run.out()).contains("in 1 template and 1 Java file");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void aPomGivenAloneIsLintedWithTheTemplateThatBuildsIt() throws Exception {
    samInitProject("template.yaml");
    Run run = run("check", "OrdersFunction/pom.xml");
    assertThat(run.out()).contains("OrdersFunction/pom.xml:7:5: warning LL404 ");
    // Only the pom's findings: the template and the handler were not given.
    assertThat(run.out()).doesNotContain("template.yaml:", "App.java:");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void quietLeavesNotesOutAndSaysSo() throws Exception {
    write("template.yaml", NOTES_ONLY.replace("Runtime: python3.12", "Runtime: python3.9"));
    Run quiet = run("check", "--quiet", "--as-of", "2026-01-01");
    assertThat(quiet.out()).contains(" LL501 ").doesNotContain(" note ").contains("3 notes not shown (--quiet).");
  }

  @Test
  void theDateOfARunIsGivenOnTheCommandLineToReproduceIt() throws Exception {
    // python3.9: deprecated 2025-12-15, function updates blocked from 2026-03-09.
    write("template.yaml", NOTES_ONLY.replace("Runtime: python3.12", "Runtime: python3.9"));
    assertThat(run("check", "--rule", "LL501", "--as-of", "2025-08-01").out()).contains("note LL501 ");
    assertThat(run("check", "--rule", "LL501", "--as-of", "2026-01-01").out()).contains("warning LL501 ");
    assertThat(run("check", "--rule", "LL501", "--as-of", "2026-12-06").out()).contains("error LL501 ");
    assertThat(run("check", "--rule", "LL501", "--as-of", "2020-01-01").out()).doesNotContain("LL501");
    write(".lambdalint.yml", "asOf: 2025-08-01\n");
    assertThat(run("check", "--rule", "LL501").out()).contains("note LL501 ");
    assertThat(run("check", "--rule", "LL501", "--as-of", "2026-01-01").out()).contains("warning LL501 ");
    Run bad = run("check", "--as-of", "yesterday");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("Invalid value for option '--as-of': 'yesterday' is not a date of the form YYYY-MM-DD");
  }

  @Test
  void junitAndGitlabReportsComeFromTheSameRun() throws Exception {
    write("template.yaml", NOTES_ONLY);
    Run run = run("check", "--format", "junit", "-o", "junit.xml", "--output-gitlab", "gl-code-quality.json");
    assertThat(run.exitCode()).isZero();
    org.w3c.dom.Document junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(dir.resolve("junit.xml").toFile());
    // Notes are passing test cases (notes inform; a failed test would mark a Jenkins build unstable).
    assertThat(junit.getElementsByTagName("testcase").getLength()).isEqualTo(3);
    assertThat(junit.getElementsByTagName("failure").getLength()).isZero();
    JsonNode gitlab = JSON.readTree(dir.resolve("gl-code-quality.json").toFile());
    assertThat(gitlab).hasSize(3);
    assertThat(gitlab.get(0).get("location").get("path").asText()).isEqualTo("template.yaml");
  }

  @Test
  void aMisspelledRuleOptionIsAnErrorNotASilentDefault() throws Exception {
    write("template.yaml", NOTES_ONLY);
    write(".lambdalint.yml", "rules:\n  LL401: {options: {budgetPrecent: 70}}\n");
    Run run = run("check");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(".lambdalint.yml:2:36: unknown option 'budgetPrecent' of rule LL401;"
        + " did you mean 'budgetPercent'?");
    write(".lambdalint.yml", "rules:\n  LL401: {options: {budgetPercent: 70}}\n");
    assertThat(run("check").exitCode()).isZero();
  }
}
