package dev.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.fixtures.Fixtures;
import dev.lambdalint.fixtures.SarifValidation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a daily tool: configuration, suppressions, baseline, thresholds, formats, explain, pre-commit. */
class DailyToolTest {
  /** One error (LL303 '*') and one warning (LL303 's3:*'). */
  static final String TEMPLATE = """
      AWSTemplateFormatVersion: '2010-09-09'
      Resources:
        Admin:
          Type: AWS::IAM::Policy
          Properties:
            PolicyName: admin
            PolicyDocument:
              Statement:
                - Effect: Allow
                  Action: '*'
                  Resource: 'arn:aws:s3:::orders-bucket'
                - Effect: Allow
                  Action: 's3:*'
                  Resource: 'arn:aws:s3:::orders-bucket/*'
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Run run(Map<String, String> env, boolean terminal, String... args) {
    return Run.in(dir, env, terminal, args);
  }

  private Run run(String... args) {
    return run(Map.of(), false, args);
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void theConfigFileIsFoundAndDisablesRetunesAndExcludes() throws Exception {
    write("template.yaml", TEMPLATE);
    write("generated/template.yaml", TEMPLATE);
    write(".lambdalint.yml", "rules:\n  wildcard-iam-action: {severity: note}\nexclude: ['**/generated/**']\n");
    Run run = run("check");
    assertThat(run.out()).contains("template.yaml:10:13: note LL303", "template.yaml:13:13: note LL303")
        .doesNotContain("generated/").contains("2 findings (0 errors, 0 warnings, 2 notes)");
    write(".lambdalint.yml", "rules:\n  LL303: {enabled: false}\n");
    assertThat(run("check").exitCode()).isZero();
    assertThat(run("check", "--no-config").exitCode()).isEqualTo(1);
  }

  @Test
  void aBadConfigExitsTwoWithFileAndLine() throws Exception {
    write("template.yaml", TEMPLATE);
    write(".lambdalint.yml", "rules:\n  LL10: {enabled: false}\n");
    Run run = run("check");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(".lambdalint.yml:2:3: unknown rule 'LL10'; did you mean LL101 (client-in-handler)?");
    write("custom.yml", "rules: {}\nexclude: 3\n");
    assertThat(run("check", "--config", "custom.yml").err()).contains("custom.yml:2:10: each pattern in 'exclude'");
    Run missing = run("check", "--config", "nope.yml");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.yml: configuration file not found");
  }

  @Test
  void failOnSetsTheThresholdFromTheCommandLineOrTheConfig() throws Exception {
    write("template.yaml", TEMPLATE.replace("Action: '*'", "Action: 'sqs:SendMessage'"));
    assertThat(run("check").exitCode()).isEqualTo(1);
    assertThat(run("check", "--fail-on", "warning").exitCode()).isEqualTo(1);
    assertThat(run("check", "--fail-on", "error").exitCode()).isZero();
    write(".lambdalint.yml", "failOn: error\n");
    assertThat(run("check").exitCode()).isZero();
    assertThat(run("check", "--fail-on", "note").exitCode()).isEqualTo(1);
    Run bad = run("check", "--fail-on", "fatal");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown severity 'fatal' (expected error, warning or note)");
  }

  @Test
  void suppressedFindingsDoNotFailButAreCountedAndUnusedOnesAreReported() throws Exception {
    write("template.yaml", TEMPLATE
        .replace("Action: '*'", "Action: '*' # lambdalint:ignore LL303 break-glass policy")
        .replace("Action: 's3:*'", "Action: 's3:*' # lambdalint:ignore wildcard-iam-action public assets"));
    Run clean = run("check");
    assertThat(clean.exitCode()).isZero();
    assertThat(clean.out()).isEqualTo("No findings in 1 template and 0 Java files. 2 suppressed (in source).\n");
    assertThat(run("check", "--show-suppressed").out())
        .contains("template.yaml:10:13: error LL303 ", "(suppressed: break-glass policy)", "(suppressed: public assets)");
    write("template.yaml", TEMPLATE.replace("Resources:", "Resources: # lambdalint:ignore LL303"));
    Run unused = run("check");
    assertThat(unused.out()).contains("template.yaml:2:12: note LL003 this lambdalint:ignore comment of LL303"
        + " (wildcard-iam-action) matches no finding; remove it (unused-suppression)");
  }

  @Test
  void aBaselineLetsOnlyNewFindingsFail() throws Exception {
    write("template.yaml", TEMPLATE);
    Run create = run("check", "--baseline-create", "lambdalint-baseline.json");
    assertThat(create.exitCode()).isZero();
    assertThat(create.err()).contains("baseline of 2 findings written to lambdalint-baseline.json");
    String baseline = Files.readString(dir.resolve("lambdalint-baseline.json"));
    assertThat(baseline).doesNotContain("allows every", "Admin").contains("\"ruleId\" : \"LL303\"");
    assertThat(run("check", "--baseline-create", "again.json").exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("again.json"))).isEqualTo(baseline);

    // Lines above move both findings; a third one is new.
    write("template.yaml", "# a comment\n# another\n" + TEMPLATE
        + "  Other:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: o\n      PolicyDocument:\n"
        + "        Statement:\n          - Effect: Allow\n            Action: 'sqs:*'\n            Resource: 'arn:aws:sqs:eu-west-1:123456789012:q'\n");
    Run after = run("check", "--baseline", "lambdalint-baseline.json");
    assertThat(after.exitCode()).isEqualTo(1);
    assertThat(after.out().lines().filter(l -> l.contains(" LL303 ") && !l.startsWith("By rule: ")).toList()).singleElement().asString()
        .contains("template.yaml:24:13: warning LL303", "'sqs:*'");
    assertThat(after.out()).contains("2 suppressed (in the baseline).");

    write(".lambdalint.yml", "baseline: lambdalint-baseline.json\n");
    write("template.yaml", TEMPLATE.replace("Action: 's3:*'", "Action: 's3:GetObject'"));
    Run fixed = run("check");
    assertThat(fixed.exitCode()).isZero();
    assertThat(fixed.err()).contains("1 baseline entry matches no finding any more");

    Run missing = run("check", "--baseline", "missing.json");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("baseline file not found");
    assertThat(run("check", "--baseline", "a.json", "--baseline-create", "b.json").exitCode()).isEqualTo(2);
  }

  @Test
  void githubFormatPrintsAnnotations() throws Exception {
    write("template.yaml", TEMPLATE);
    Run run = run("check", "--format", "github");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith(
        "::error file=template.yaml,line=10,col=13,endLine=10,endColumn=19,title=LL303 wildcard-iam-action::IAM statement in Admin");
  }

  @Test
  void colourOnlyOnATerminalWithoutNoColorAndNeverInAFile() throws Exception {
    write("template.yaml", TEMPLATE);
    assertThat(run(Map.of(), true, "check").out()).contains("\u001B[");
    assertThat(run(Map.of(), false, "check").out()).doesNotContain("\u001B[");
    assertThat(run(Map.of("NO_COLOR", "1"), true, "check").out()).doesNotContain("\u001B[");
    assertThat(run(Map.of(), true, "check", "--format", "json").out()).doesNotContain("\u001B[");
    run(Map.of(), true, "check", "-o", "out.txt");
    assertThat(Files.readString(dir.resolve("out.txt"))).doesNotContain("\u001B[");
  }

  @Test
  void explainPrintsTheDocsByIdOrNameAndSuggestsForTypos() {
    Run byId = run("explain", "LL101");
    assertThat(byId.exitCode()).isZero();
    assertThat(byId.out()).startsWith("# LL101 client-in-handler").contains("## Non-compliant", "Default severity: warning");
    assertThat(run("explain", "client-in-handler").out()).isEqualTo(byId.out());
    assertThat(run("explain", "ll101").out()).isEqualTo(byId.out());
    Run typo = run("explain", "LL10");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("unknown rule 'LL10'; did you mean LL101 (client-in-handler)?");
    assertThat(run("explain", "xyzzy-plugh").err()).contains("`lambdalint rules` lists every rule");
    assertThat(run("explain", "LL003").out()).startsWith("# LL003 unused-suppression");
  }

  @Test
  void explainListsTheOptionsARuleDeclaresWithTypeRangeAndDefault() {
    assertThat(run("explain", "LL401").out()).contains("Options, set in `.lambdalint.yml`"
        + " (`rules: {LL401: {options: {budgetPercent: 80}}}`):\n\n- `budgetPercent` (whole number, 1–100, default 80): ");
    assertThat(run("explain", "LL101").out()).doesNotContain("Options, set in");
  }

  @Test
  void rulesWritesTheMarkdownReference() throws Exception {
    Run md = run("rules", "--format", "markdown");
    assertThat(md.exitCode()).isZero();
    assertThat(md.out()).contains("# lambdalint rules", "## LL101 client-in-handler", "## LL303 wildcard-iam-action");
    assertThat(run("rules", "--format", "markdown", "-o", "docs/rules.md").exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("docs/rules.md"))).isEqualTo(md.out());
    assertThat(run("rules", "--format", "pdf").exitCode()).isEqualTo(2);
  }

  private Path copyOfSample() throws IOException {
    Path source = Fixtures.project("order-service");
    Path target = dir.resolve("repo");
    Files.createDirectories(target.resolve(".git"));
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Path to = target.resolve(source.relativize(p).toString());
        Files.createDirectories(to.getParent());
        Files.copy(p, to);
      }
    }
    return target;
  }

  @Test
  void preCommitGivesChangedFilesAndAHandlerStillMeetsItsTemplate() throws Exception {
    Path repo = copyOfSample();
    String handler = "repo/order-handler/src/main/java/com/example/orders/FulfilOrderHandler.java";
    Run javaOnly = run("check", handler);
    assertThat(javaOnly.exitCode()).isEqualTo(1);
    assertThat(javaOnly.out()).contains(handler + ":24:29: warning LL101", "repo/template.yaml:");
    assertThat(javaOnly.out()).contains("in 1 template and 3 Java files");

    Run templateOnly = run("check", "repo/template.yaml");
    assertThat(templateOnly.out().lines().filter(l -> l.contains(": ") && !l.startsWith("By rule: ")).toList())
        .isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("repo/template.yaml:"));
    assertThat(templateOnly.out()).contains("in 1 template and 3 Java files");

    Run nonTemplateYaml = run("check", writeWorkflow(repo));
    assertThat(nonTemplateYaml.exitCode()).isZero();
  }

  private String writeWorkflow(Path repo) throws IOException {
    write("repo/.github/workflows/ci.yml", "on: push\njobs: {}\n");
    return "repo/.github/workflows/ci.yml";
  }

  @Test
  void sarifForCodeScanningCarriesSuppressionsAndStaysValid() throws Exception {
    write("template.yaml", TEMPLATE.replace("Action: '*'", "Action: '*' # lambdalint:ignore LL303 break-glass"));
    assertThat(run("check", "--format", "sarif", "-o", "out.sarif").exitCode()).isEqualTo(1);
    String sarif = Files.readString(dir.resolve("out.sarif"));
    assertThat(SarifValidation.violations(sarif)).isEmpty();
    JsonNode run = JSON.readTree(sarif).get("runs").get(0);
    JsonNode results = run.get("results");
    assertThat(results).hasSize(2);
    JsonNode suppressed = results.get(0);
    assertThat(suppressed.get("suppressions").get(0).get("kind").asText()).isEqualTo("inSource");
    assertThat(suppressed.get("suppressions").get(0).get("justification").asText()).isEqualTo("break-glass");
    assertThat(results.get(1).has("suppressions")).isFalse();
    for (JsonNode r : results) {
      JsonNode artifact = r.get("locations").get(0).get("physicalLocation").get("artifactLocation");
      assertThat(artifact.get("uri").asText()).isEqualTo("template.yaml");
      assertThat(artifact.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
      assertThat(r.get("partialFingerprints").get("lambdalint/v1").asText()).hasSize(32);
    }
    assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText()).startsWith("file:").endsWith("/");
    JsonNode ll303 = null;
    for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
      if (rule.get("id").asText().equals("LL303")) ll303 = rule;
      assertThat(rule.get("help").get("text").asText()).isNotBlank();
    }
    assertThat(ll303).isNotNull();
    assertThat(ll303.get("help").get("markdown").asText()).startsWith("# LL303 wildcard-iam-action");
    assertThat(ll303.get("properties").get("security-severity").asText()).isEqualTo("7.5");
  }

  @Test
  void sarifFingerprintsAreStableWhenUnrelatedLinesAreInsertedAbove() throws Exception {
    write("template.yaml", TEMPLATE);
    List<String> before = fingerprints();
    write("template.yaml", TEMPLATE.replace("Resources:\n", "Description: an unrelated edit\nMetadata:\n  Team: a\n\nResources:\n"));
    List<String> after = fingerprints();
    assertThat(before).hasSize(2);
    assertThat(after).isEqualTo(before);
  }

  private List<String> fingerprints() throws Exception {
    run("check", "--format", "sarif", "-o", "f.sarif");
    List<String> result = new ArrayList<>();
    for (JsonNode r : JSON.readTree(Files.readString(dir.resolve("f.sarif"))).get("runs").get(0).get("results")) {
      result.add(r.get("partialFingerprints").get("lambdalint/v1").asText());
    }
    return result;
  }
}
