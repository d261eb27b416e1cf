package dev.lambdalint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * GitLab Code Quality, checked against the fields GitLab's documentation requires of each issue
 * (docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format): {@code description},
 * {@code check_name}, {@code fingerprint}, {@code location.path}, {@code location.lines.begin},
 * {@code severity} (one of info, minor, major, critical, blocker), in a single JSON array.
 */
class GitlabReporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

  private static String render(Report report) throws Exception {
    StringWriter out = new StringWriter();
    Reporters.forFormat("gitlab").write(report, out);
    return out.toString();
  }

  /** Every issue has GitLab's required fields with the right types; fingerprints are unique. */
  static void assertCodeQuality(JsonNode issues) {
    assertThat(issues.isArray()).isTrue();
    Set<String> prints = new HashSet<>();
    for (JsonNode issue : issues) {
      assertThat(issue.get("description").isTextual()).isTrue();
      assertThat(issue.get("description").asText()).isNotBlank();
      assertThat(issue.get("check_name").asText()).matches("LL\\d{3}");
      assertThat(issue.get("fingerprint").asText()).isNotBlank();
      assertThat(prints.add(issue.get("fingerprint").asText())).as("unique fingerprint").isTrue();
      assertThat(issue.get("severity").asText()).isIn(SEVERITIES);
      String path = issue.get("location").get("path").asText();
      assertThat(path).isNotBlank().doesNotStartWith("./").doesNotStartWith("/");
      assertThat(issue.get("location").get("lines").get("begin").isInt()).isTrue();
      assertThat(issue.get("location").get("lines").get("begin").asInt()).isPositive();
    }
  }

  @Test
  void oneIssuePerFindingWithGitLabsRequiredFields() throws Exception {
    String text = render(SampleReports.twoFindings());
    assertThat(text).startsWith("[").endsWith("]\n").doesNotStartWith("\uFEFF");
    JsonNode issues = JSON.readTree(text);
    assertCodeQuality(issues);
    assertThat(issues).hasSize(2);
    JsonNode java = issues.get(0);
    assertThat(java.get("description").asText()).isEqualTo("S3Client is built on every invocation (LL101 client-in-handler)");
    assertThat(java.get("check_name").asText()).isEqualTo("LL101");
    assertThat(java.get("fingerprint").asText()).isEqualTo("f1");
    assertThat(java.get("severity").asText()).isEqualTo("minor");
    assertThat(java.get("location").get("path").asText()).isEqualTo("src/Handler.java");
    assertThat(java.get("location").get("lines").get("begin").asInt()).isEqualTo(12);
    JsonNode template = issues.get(1);
    assertThat(template.get("description").asText()).isEqualTo("allows every action [Role] (LL303 wildcard-iam-action)");
    assertThat(template.get("severity").asText()).isEqualTo("critical"); // an error of a rule with security-severity 7.5
    assertThat(template.get("location").get("lines").get("begin").asInt()).isEqualTo(20);
    List<String> keys = new ArrayList<>();
    java.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("description", "check_name", "fingerprint", "severity", "location");
  }

  @Test
  void aCleanRunIsAnEmptyArray() throws Exception {
    assertThat(JSON.readTree(render(SampleReports.empty())).isEmpty()).isTrue();
    assertThat(JSON.readTree(render(SampleReports.empty())).isArray()).isTrue();
  }

  @Test
  void suppressedAndBaselinedFindingsAreLeftOut() throws Exception {
    JsonNode issues = JSON.readTree(render(NewFormatsTest.withSuppressed()));
    assertCodeQuality(issues);
    assertThat(issues).hasSize(1);
    assertThat(issues.get(0).get("check_name").asText()).isEqualTo("LL303");
  }

  @Test
  void severitiesMapToGitLabsFiveRaisedForHighSecurityRules() {
    RuleMeta plain = SampleReports.CLIENT;
    assertThat(GitlabReporter.severity(Severity.NOTE, plain)).isEqualTo("info");
    assertThat(GitlabReporter.severity(Severity.WARNING, plain)).isEqualTo("minor");
    assertThat(GitlabReporter.severity(Severity.ERROR, plain)).isEqualTo("major");
    assertThat(GitlabReporter.severity(Severity.ERROR, security("6.9"))).isEqualTo("major");
    assertThat(GitlabReporter.severity(Severity.WARNING, security("6.9"))).isEqualTo("minor");
    assertThat(GitlabReporter.severity(Severity.WARNING, security("7.0"))).isEqualTo("major");
    assertThat(GitlabReporter.severity(Severity.ERROR, security("7.0"))).isEqualTo("critical");
    assertThat(GitlabReporter.severity(Severity.ERROR, security("9.0"))).isEqualTo("blocker");
    assertThat(GitlabReporter.severity(Severity.NOTE, security("9.8"))).isEqualTo("info");
    assertThat(GitlabReporter.severity(Severity.ERROR, security("high"))).isEqualTo("major");
  }

  private static RuleMeta security(String securitySeverity) {
    return new RuleMeta("LL399", "some-security-rule", Severity.ERROR, Category.SECURITY, "A security rule",
        List.of(), Precision.HIGH, securitySeverity, "");
  }

  @Test
  void fingerprintsStayUniqueWhenAReportRepeatsOrLacksThem() throws Exception {
    Report two = SampleReports.twoFindings();
    Finding a = two.findings().get(0);
    Finding sameId = new Finding(a.rule(), a.severity(), "another", a.location(), "f1");
    Finding none = new Finding(a.rule(), a.severity(), "no print", a.location(), null);
    Finding noneAgain = new Finding(a.rule(), a.severity(), "no print", a.location(), null);
    Report odd = two.withFindings(List.of(a, sameId, none, noneAgain, two.findings().get(1)), List.of());
    JsonNode issues = JSON.readTree(render(odd));
    assertCodeQuality(issues);
    assertThat(issues).hasSize(5);
    assertThat(issues.get(0).get("fingerprint").asText()).isEqualTo("f1");
    assertThat(issues.get(2).get("fingerprint").asText()).matches("[0-9a-f]{32}");
    assertThat(render(odd)).isEqualTo(render(odd));
  }

  @Test
  void notesAreInfoAndEveryIssueIsWellFormed() throws Exception {
    JsonNode issues = JSON.readTree(render(SampleReports.withNotes()));
    assertCodeQuality(issues);
    assertThat(issues).hasSize(8);
    long info = 0;
    for (JsonNode issue : issues) if (issue.get("severity").asText().equals("info")) info++;
    assertThat(info).isEqualTo(6);
  }
}
