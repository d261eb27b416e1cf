package dev.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.fixtures.Fixtures;
import dev.lambdalint.fixtures.SarifValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users and CI see it: output, files written, exit codes. */
class CliTest {
  private static final String WILDCARD_TEMPLATE = """
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
                  Resource: '*'
      """;

  @TempDir Path dir;

  private Run run(String... args) {
    return Run.in(dir, args);
  }

  @Test
  void helpAndVersionExitZero() {
    Run help = run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: lambdalint", "check", "rules", "Exit codes:");
    Run checkHelp = run("check", "--help");
    assertThat(checkHelp.exitCode()).isZero();
    assertThat(checkHelp.out()).contains("--format", "text, json, sarif", "--output");
    Run version = run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("lambdalint ");
  }

  @Test
  void everySubcommandIsListedAndReachableHoweverTheCommandLineStarts() {
    assertThat(run("--help").out()).containsSubsequence("check", "rules", "explain", "help");
    assertThat(run().err()).containsSubsequence("check", "rules", "explain", "help");
    Run helpForCheck = run("help", "check");
    assertThat(helpForCheck.exitCode()).isZero();
    assertThat(helpForCheck.out()).contains("Usage: lambdalint check");
    Run typo = run("chek");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("Did you mean", "check");
    assertThat(run("explain", "LL101").exitCode()).isZero();
    assertThat(run("rules").out()).contains("LL101");
  }

  @Test
  void usageErrorsExitTwoWithUsageOnStderr() {
    Run unknown = run("check", "--no-such-option");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option", "Usage: lambdalint check");
    Run format = run("check", "--format", "xml");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("unknown format 'xml'", "text, json, sarif");
    assertThat(run().exitCode()).isEqualTo(2);
  }

  @Test
  void aPathThatDoesNotExistExitsTwo() {
    Run missing = run("check", "missing-dir");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("path does not exist: missing-dir");
  }

  @Test
  void rulesListsEveryRuleSortedById() {
    Run rules = run("rules");
    assertThat(rules.exitCode()).isZero();
    assertThat(rules.out().lines().map(l -> l.substring(0, 5)).toList())
        .startsWith("LL001", "LL002").contains("LL101", "LL303").isSorted();
  }

  @Test
  void aCleanDirectoryExitsZeroAndFindingsExitOne() throws Exception {
    Files.writeString(dir.resolve("clean.yaml"), "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n");
    Run clean = run("check");
    assertThat(clean.exitCode()).isZero();
    assertThat(clean.out()).isEqualTo("No findings in 1 template and 0 Java files.\n");

    Files.writeString(dir.resolve("template.yaml"), WILDCARD_TEMPLATE);
    Run dirty = run("check", ".");
    assertThat(dirty.exitCode()).isEqualTo(1);
    assertThat(dirty.out()).contains("template.yaml:10:13: error LL303", "(wildcard-iam-action) [Admin]");
  }

  @Test
  void outputGoesToTheFileAtomicallyAndTheVerdictToStderr() throws Exception {
    Files.writeString(dir.resolve("template.yaml"), WILDCARD_TEMPLATE);
    Run sarif = run("check", "--format", "sarif", "--output", "reports/out.sarif");
    assertThat(sarif.exitCode()).isEqualTo(1);
    assertThat(sarif.out()).isEmpty();
    assertThat(sarif.err()).contains("(1 error,", "Report written to reports/out.sarif");
    String written = Files.readString(dir.resolve("reports/out.sarif"));
    assertThat(SarifValidation.violations(written)).isEmpty();
    try (Stream<Path> files = Files.list(dir.resolve("reports"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("out.sarif");
    }
  }

  @Test
  void jsonOutputParses() throws Exception {
    Files.writeString(dir.resolve("template.yaml"), WILDCARD_TEMPLATE);
    Run json = run("check", "--format", "json");
    JsonNode tree = new ObjectMapper().readTree(json.out());
    assertThat(tree.get("summary").get("errors").asInt()).isEqualTo(1);
    assertThat(tree.get("findings").get(0).get("path").asText()).isEqualTo("template.yaml");
  }

  @Test
  void theReadmeSampleGivesSarifWithTheFoundationRulesAtTheirLines() throws Exception {
    Path sample = Fixtures.project("order-service");
    Run run = run("check", "--format", "sarif", "--output", dir.resolve("out.sarif").toString(), sample.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    String sarif = Files.readString(dir.resolve("out.sarif"));
    assertThat(SarifValidation.violations(sarif)).isEmpty();
    assertThat(sarif).contains("\"ruleId\" : \"LL101\"", "\"ruleId\" : \"LL303\"");
  }

  @Test
  void aBrokenTemplateAmongGoodOnesIsOneLL001AndTheRestIsStillLinted() throws Exception {
    Path fixture = Fixtures.rulesRoot().resolve("LL001/bad-broken-yaml-among-good");
    Run run = run("check", fixture.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().filter(l -> l.contains(" LL001 ") && !l.startsWith("By rule: ")).count()).isEqualTo(1);
    assertThat(run.out()).contains("orders/template.yaml:12:15: error LL303");
  }
}
