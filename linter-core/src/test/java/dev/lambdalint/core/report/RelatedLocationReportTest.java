package dev.lambdalint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.RelatedLocation;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A finding on CDK source shows the cdk.out line it was found on, in every format that can. */
class RelatedLocationReportTest {
  private static final SourceFile STACK = SourceFile.of(SampleReports.ROOT.resolve("infra/src/main/java/SearchStack.java"), SampleReports.ROOT);
  private static final SourceFile SYNTHESIZED = SourceFile.of(SampleReports.ROOT.resolve("infra/cdk.out/SearchStack.template.json"), SampleReports.ROOT);

  private static Report report() {
    Finding wildcard = new Finding(SampleReports.WILDCARD, Severity.ERROR, "allows every action",
        new Location(STACK, new TextRange(31, 17, 31, 22), "Resources/Search/Properties/Policies", "Search"), "f1",
        List.of(new RelatedLocation(new Location(SYNTHESIZED, new TextRange(362, 11, 362, 14),
            "Resources/SearchDefaultPolicy12AB/Properties/PolicyDocument/Statement/0/Action", "SearchDefaultPolicy12AB"),
            "synthesized as Resources/SearchDefaultPolicy12AB/Properties/PolicyDocument/Statement/0/Action")));
    return new Report(SampleReports.ROOT, List.of(wildcard), List.of(SampleReports.WILDCARD), 1, 0, "1.2.3");
  }

  private static String render(String format) throws Exception {
    StringWriter out = new StringWriter();
    Reporters.forFormat(format).write(report(), out);
    return out.toString();
  }

  @Test
  void textNamesTheTemplateLineAfterTheFinding() throws Exception {
    assertThat(render("text")).startsWith("infra/src/main/java/SearchStack.java:31:17: error LL303 allows every action "
        + "(wildcard-iam-action) [Search] (infra/cdk.out/SearchStack.template.json:362: synthesized as "
        + "Resources/SearchDefaultPolicy12AB/Properties/PolicyDocument/Statement/0/Action)\n");
  }

  @Test
  void jsonListsRelatedPlacesOnlyWhereThereAreSome() throws Exception {
    JsonNode related = new ObjectMapper().readTree(render("json")).get("findings").get(0).get("related");
    assertThat(related).hasSize(1);
    assertThat(related.get(0).get("path").asText()).isEqualTo("infra/cdk.out/SearchStack.template.json");
    assertThat(related.get(0).get("startLine").asInt()).isEqualTo(362);
    assertThat(related.get(0).get("logicalId").asText()).isEqualTo("SearchDefaultPolicy12AB");
    JsonNode plain = new ObjectMapper().readTree(renderPlain()).get("findings").get(0);
    assertThat(plain.has("related")).isFalse();
  }

  @Test
  void sarifHasRelatedLocationsWithIdsAndMessages() throws Exception {
    JsonNode result = new ObjectMapper().readTree(render("sarif")).get("runs").get(0).get("results").get(0);
    assertThat(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
        .isEqualTo("infra/src/main/java/SearchStack.java");
    JsonNode related = result.get("relatedLocations");
    assertThat(related).hasSize(1);
    assertThat(related.get(0).get("id").asInt()).isEqualTo(1);
    assertThat(related.get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
        .isEqualTo("infra/cdk.out/SearchStack.template.json");
    assertThat(related.get(0).get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(362);
    assertThat(related.get(0).get("message").get("text").asText()).startsWith("synthesized as Resources/SearchDefaultPolicy12AB");
  }

  private static String renderPlain() throws Exception {
    StringWriter out = new StringWriter();
    Reporters.forFormat("json").write(SampleReports.twoFindings(), out);
    return out.toString();
  }
}
