package dev.lambdalint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.suppress.Suppressed;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The github format, colour, suppressed findings in every format, and the rule reference page. */
class NewFormatsTest {

  private static String render(String format, boolean colour, Report report) throws Exception {
    StringWriter out = new StringWriter();
    Reporters.forFormat(format, colour).write(report, out);
    return out.toString();
  }

  /** The two sample findings, the first suppressed in source and one more in the baseline. */
  static Report withSuppressed() {
    Report two = SampleReports.twoFindings();
    SourceFile java = two.findings().get(0).file();
    Finding old = new Finding(SampleReports.CLIENT, Severity.WARNING, "DynamoDbClient is built on every invocation",
        Location.of(java, new TextRange(30, 5, 30, 9)), "f3");
    return two.withFindings(List.of(two.findings().get(1)), List.of(
        new Suppressed(two.findings().get(0), Suppressed.Kind.IN_SOURCE, "one-off migration"),
        new Suppressed(old, Suppressed.Kind.EXTERNAL, "accepted in baseline b.json")));
  }

  @Test
  void githubFormatPrintsWorkflowCommandsWithGitHubsEscaping() throws Exception {
    assertThat(render("github", false, SampleReports.twoFindings())).isEqualTo("""
        ::warning file=src/Handler.java,line=12,col=5,endLine=12,endColumn=23,title=LL101 client-in-handler::S3Client is built on every invocation
        ::error file=template.yaml,line=20,col=23,endLine=20,endColumn=26,title=LL303 wildcard-iam-action::allows every action [Role]
        2 findings (1 error, 1 warning, 0 notes) in 1 template and 1 Java file.
        """);
    SourceFile odd = SourceFile.of(SampleReports.ROOT.resolve("a,b:c%.yaml"), SampleReports.ROOT);
    Finding f = new Finding(SampleReports.CLIENT, Severity.NOTE, "100% wrong:\r\nsecond, line",
        Location.of(odd, TextRange.at(1, 1)), null);
    assertThat(GithubReporter.command(f)).isEqualTo(
        "::notice file=a%2Cb%3Ac%25.yaml,line=1,col=1,endLine=1,endColumn=1,title=LL101 client-in-handler"
            + "::100%25 wrong:%0D%0Asecond, line");
  }

  @Test
  void textHidesSuppressedFindingsAndCountsThem() throws Exception {
    assertThat(render("text", false, withSuppressed())).isEqualTo("""
        template.yaml:20:23: error LL303 allows every action (wildcard-iam-action) [Role]

        1 finding (1 error, 0 warnings, 0 notes) in 1 template and 1 Java file. 2 suppressed (1 in source, 1 in the baseline).
        By rule: LL303 \u00D71
        """);
    assertThat(render("github", false, withSuppressed())).doesNotContain("client-in-handler");
  }

  @Test
  void suppressedFindingsAreListedWithTheirReasonOnRequest() throws Exception {
    StringWriter out = new StringWriter();
    Reporters.forFormat("text", true, true).write(withSuppressed(), out);
    assertThat(out.toString().replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo("""
        src/Handler.java:12:5: warning LL101 S3Client is built on every invocation (client-in-handler) (suppressed: one-off migration)
        src/Handler.java:30:5: warning LL101 DynamoDbClient is built on every invocation (client-in-handler) (baselined: accepted in baseline b.json)
        template.yaml:20:23: error LL303 allows every action (wildcard-iam-action) [Role]

        1 finding (1 error, 0 warnings, 0 notes) in 1 template and 1 Java file. 2 suppressed (1 in source, 1 in the baseline).
        By rule: LL303 \u00D71
        """);
  }

  @Test
  void colourOnlyWhenAskedAndTheTextIsTheSameWithoutIt() throws Exception {
    String plain = render("text", false, SampleReports.twoFindings());
    String coloured = render("text", true, SampleReports.twoFindings());
    assertThat(plain).doesNotContain("\u001B[");
    assertThat(coloured).contains("\u001B[1;31merror\u001B[0m", "\u001B[1;33mwarning\u001B[0m");
    assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(plain);
    assertThat(render("json", true, SampleReports.twoFindings())).doesNotContain("\u001B[");
  }

  @Test
  void jsonMarksSuppressedFindingsWithKindAndJustification() throws Exception {
    JsonNode json = new ObjectMapper().readTree(render("json", false, withSuppressed()));
    assertThat(json.get("summary").get("findings").asInt()).isEqualTo(1);
    assertThat(json.get("summary").get("suppressed").asInt()).isEqualTo(2);
    JsonNode findings = json.get("findings");
    assertThat(findings).hasSize(3);
    assertThat(findings.get(0).get("suppressed").asBoolean()).isTrue();
    assertThat(findings.get(0).get("suppression").get("kind").asText()).isEqualTo("inSource");
    assertThat(findings.get(0).get("suppression").get("justification").asText()).isEqualTo("one-off migration");
    assertThat(findings.get(1).get("suppression").get("kind").asText()).isEqualTo("external");
    assertThat(findings.get(2).get("suppressed").asBoolean()).isFalse();
    assertThat(findings.get(2).get("suppression").isNull()).isTrue();
  }

  @Test
  void sarifKeepsSuppressedResultsWithSuppressions() throws Exception {
    JsonNode run = new ObjectMapper().readTree(render("sarif", false, withSuppressed())).get("runs").get(0);
    JsonNode results = run.get("results");
    assertThat(results).hasSize(3);
    JsonNode inSource = results.get(0);
    assertThat(inSource.get("ruleId").asText()).isEqualTo("LL101");
    assertThat(inSource.get("suppressions").get(0).get("kind").asText()).isEqualTo("inSource");
    assertThat(inSource.get("suppressions").get(0).get("justification").asText()).isEqualTo("one-off migration");
    assertThat(results.get(1).get("suppressions").get(0).get("kind").asText()).isEqualTo("external");
    assertThat(results.get(2).has("suppressions")).isFalse();
  }

  @Test
  void theSarifCapKeepsFindingsThatCountBeforeSuppressedOnesAndSaysSo() throws Exception {
    Report big = SampleReports.beyondSarifCap(10, 2, Suppressed.Kind.IN_SOURCE);
    JsonNode run = new ObjectMapper().readTree(render("sarif", false, big)).get("runs").get(0);
    JsonNode results = run.get("results");
    assertThat(results).hasSize(SarifReporter.MAX_RESULTS);
    int unsuppressed = 0;
    for (JsonNode r : results) {
      if (!r.has("suppressions")) unsuppressed++;
      assertThat(r.get("locations")).hasSize(1);
    }
    assertThat(unsuppressed).isEqualTo(big.findings().size());
    assertThat(run.get("invocations").get(0).get("toolExecutionNotifications").get(0).get("message").get("text").asText())
        .startsWith("10 of 25010 results were left out: GitHub code scanning accepts 25000 per run");
  }

  @Test
  void theRuleReferenceDemotesHeadingsButNotCodeComments() {
    String md = RuleReference.markdown(List.of(SampleReports.CLIENT, SampleReports.WILDCARD));
    assertThat(md).startsWith("<!-- Generated by `lambdalint rules --format markdown`");
    assertThat(md).contains("# lambdalint rules\n", "## Handler code\n", "## Secrets and IAM\n",
        "| [LL101](#ll101-client-in-handler) | `client-in-handler` | warning | An SDK client is built on every invocation |",
        "## LL101 client-in-handler\n", "### Non-compliant\n", "Security severity: 7.5");
    assertThat(md).doesNotContain("# LL101 client-in-handler\n\nClients");
    assertThat(RuleReference.demote("## A\n```yaml\n# comment\n```\n# B")).isEqualTo("### A\n```yaml\n# comment\n```\n## B");
    assertThat(md).isEqualTo(RuleReference.markdown(List.of(SampleReports.CLIENT, SampleReports.WILDCARD)));
  }
}
