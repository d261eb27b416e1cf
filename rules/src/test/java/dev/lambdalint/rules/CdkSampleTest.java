package dev.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.report.Reporters;
import dev.lambdalint.fixtures.Fixtures;
import dev.lambdalint.fixtures.SarifValidation;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CDK sample, read three ways: its Java source alone (pre-commit, no synth), its
 * {@code cdk.out} alone (mapped back to the source), and both (a developer who ran {@code cdk synth}).
 * A problem is the same finding on the same CDK line whichever way it was read, and is reported once.
 */
class CdkSampleTest {
  private static final Linter LINTER = Linter.withInstalledRules();
  private static final Path SAMPLE = Fixtures.project("search-service-cdk");
  private static final Path INFRA = SAMPLE.resolve("infra");
  private static final Path HANDLERS = SAMPLE.resolve("search-handler");

  private static Report lint(Path... paths) throws Exception {
    return LINTER.run(new LintRequest(List.of(paths), SAMPLE));
  }

  /** Each finding as its rule and where it starts. */
  private static List<String> places(Report report) {
    List<String> places = new ArrayList<>();
    for (Finding f : report.findings()) places.add(f.ruleId() + " " + f.file().path() + ":" + f.range().startLine());
    return places;
  }

  @Test
  void theSourceAndTheSynthesizedTemplateGiveTheSameFindingsOnTheSameCdkLines() throws Exception {
    List<String> fromSource = places(lint(INFRA.resolve("src"), HANDLERS));
    List<String> fromCdkOut = places(lint(INFRA.resolve("cdk.out"), HANDLERS));

    assertThat(fromSource).isNotEmpty().allSatisfy(p -> assertThat(p).doesNotContain("cdk.out"));
    assertThat(fromCdkOut).containsExactlyElementsOf(fromSource);
  }

  @Test
  void cdkOutGivenAloneReadsTheAppsSourceAndCodeForItsFindingsAndJoins() throws Exception {
    // As a developer runs it after cdk synth: the source and the handler module come as context,
    // so the LL105 join of the SQS source and the handler's SQSBatchResponse is still made.
    List<String> alone = places(lint(INFRA.resolve("cdk.out")));
    List<String> onInfra = places(lint(INFRA.resolve("src"), HANDLERS)).stream().filter(p -> p.contains(" infra/")).toList();
    assertThat(alone).contains("LL105 infra/src/main/java/com/example/search/infra/SearchStack.java:63")
        .containsExactlyElementsOf(onInfra);
  }

  @Test
  void withBothReadEachProblemIsReportedOnce() throws Exception {
    List<String> both = places(lint(SAMPLE));
    assertThat(both).doesNotHaveDuplicates().containsExactlyElementsOf(places(lint(INFRA.resolve("src"), HANDLERS)));
  }

  @Test
  void findingsFoundOnTheSynthesizedTemplateKeepItsLineAsARelatedLocationInSarif() throws Exception {
    StringWriter out = new StringWriter();
    Reporters.forFormat("sarif").write(lint(INFRA.resolve("cdk.out"), HANDLERS), out);
    String sarif = out.toString();
    assertThat(SarifValidation.violations(sarif)).isEmpty();

    int related = 0;
    for (JsonNode result : new ObjectMapper().readTree(sarif).get("runs").get(0).get("results")) {
      String uri = result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
      assertThat(uri).doesNotContain("cdk.out");
      if (result.has("relatedLocations")) {
        related++;
        assertThat(result.get("relatedLocations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
            .isEqualTo("infra/cdk.out/SearchStack.template.json");
      }
    }
    assertThat(related).as("findings on the template, moved to the source").isPositive();
  }
}
