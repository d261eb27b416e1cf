package dev.lambdalint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.core.engine.Report;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextAndJsonReporterTest {

  private static String render(String format, Report report) throws Exception {
    StringWriter out = new StringWriter();
    Reporters.forFormat(format).write(report, out);
    return out.toString();
  }

  @Test
  void textHasOneLinePerFindingThenASummary() throws Exception {
    assertThat(render("text", SampleReports.twoFindings())).isEqualTo("""
        src/Handler.java:12:5: warning LL101 S3Client is built on every invocation (client-in-handler)
        template.yaml:20:23: error LL303 allows every action (wildcard-iam-action) [Role]

        2 findings (1 error, 1 warning, 0 notes) in 1 template and 1 Java file.
        By rule: LL101 \u00D71, LL303 \u00D71
        """);
  }

  @Test
  void textSaysSoWhenThereIsNothingToReport() throws Exception {
    assertThat(render("text", SampleReports.empty())).isEqualTo("No findings in 2 templates and 0 Java files.\n");
  }

  @Test
  void jsonHasAFixedShapeWithEveryKeyPresent() throws Exception {
    JsonNode json = new ObjectMapper().readTree(render("json", SampleReports.twoFindings()));
    assertThat(json.get("tool").asText()).isEqualTo("lambdalint");
    assertThat(json.get("version").asText()).isEqualTo("1.2.3");
    assertThat(json.get("summary").toString())
        .isEqualTo("{\"findings\":2,\"errors\":1,\"warnings\":1,\"notes\":0,\"suppressed\":0,\"templates\":1,\"javaFiles\":1}");
    JsonNode java = json.get("findings").get(0);
    assertThat(java.get("ruleId").asText()).isEqualTo("LL101");
    assertThat(java.get("severity").asText()).isEqualTo("warning");
    assertThat(java.get("path").asText()).isEqualTo("src/Handler.java");
    assertThat(java.get("endColumn").asInt()).isEqualTo(23);
    assertThat(java.get("logicalId").isNull()).isTrue();
    JsonNode template = json.get("findings").get(1);
    assertThat(template.get("logicalId").asText()).isEqualTo("Role");
    assertThat(template.get("logicalPath").asText()).isEqualTo("Resources/Role/Properties/Policies/0");
    assertThat(template.get("fingerprint").asText()).isEqualTo("f2");
  }

  @Test
  void outputIsTheSameBytesEveryTime() throws Exception {
    for (String format : Reporters.formats()) {
      assertThat(render(format, SampleReports.twoFindings())).as(format)
          .isEqualTo(render(format, SampleReports.twoFindings()));
    }
  }

  @Test
  void anUnknownFormatNamesTheValidOnes() {
    assertThatThrownBy(() -> Reporters.forFormat("xml")).hasMessageContaining("text, json, sarif, github, junit, gitlab");
  }
}
