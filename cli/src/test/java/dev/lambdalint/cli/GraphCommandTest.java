package dev.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lambdalint graph}: what it prints, where, and how it fails. */
class GraphCommandTest {
  @TempDir Path dir;

  private static final Path PROJECTS = Fixtures.moduleRoot().resolve("projects");

  @Test
  void mermaidIsTheDefaultAndDrawsTheSampleWithItsChainPollAndMissingDeadLetterQueue() {
    Run run = Run.in(PROJECTS, "graph", "order-service");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("flowchart LR\n")
        .contains("t0_CreateOrderFunction ==>|\"code: sync invoke\"| t0_PricingFunction")
        .contains("t0_FulfilmentQueue -->|\"Fulfil · poll\"| t0_FulfilOrderFunction")
        .contains("class t0_FulfilmentQueue_no_dead_letter_queue missing");
  }

  @Test
  void jsonPerTemplateHasOneGraphPerTemplateWithPathsRelativeToTheRepository() throws Exception {
    Run run = Run.in(PROJECTS, "graph", "--format", "json", "--scope", "template", "event-pipeline");
    assertThat(run.exitCode()).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("scope").asText()).isEqualTo("template");
    List<String> templates = new ArrayList<>();
    json.get("graphs").forEach(g -> templates.add(g.get("template").asText()));
    // the fixtures lie in this repository: paths are relative to its root, as in every report
    assertThat(templates).containsExactly("test-fixtures/projects/event-pipeline/fanout/template.yaml",
        "test-fixtures/projects/event-pipeline/rules/template.yaml",
        "test-fixtures/projects/event-pipeline/streams/template.yaml");
  }

  @Test
  void dotGoesToTheOutputFileAndNothingToStandardOutput() throws Exception {
    Path out = dir.resolve("graph.dot");
    Run run = Run.in(PROJECTS, "graph", "--format", "dot", "--output", out.toString(), "order-service");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("digraph \"lambdalint\" {\n")
        .contains("#CreateOrderFunction\" -> \"test-fixtures/projects/order-service/template.yaml#PricingFunction\"");
  }

  @Test
  void anUnknownFormatOrScopeIsAUsageErrorExit2() {
    Run format = Run.in(PROJECTS, "graph", "--format", "svg", "order-service");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("Invalid value for option '--format': 'svg' (expected mermaid, dot or json)", "Usage:");
    Run scope = Run.in(PROJECTS, "graph", "--scope", "file", "order-service");
    assertThat(scope.exitCode()).isEqualTo(2);
    assertThat(scope.err()).contains("'--scope'");
  }

  @Test
  void aMissingPathExits2() {
    Run run = Run.in(PROJECTS, "graph", "no-such-project");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("path does not exist: no-such-project");
  }

  @Test
  void aFileThatDoesNotParseIsNamedAndTheRestIsDrawn() {
    Run run = Run.in(Fixtures.rulesRoot(), "graph", "LL001/bad-broken-yaml-among-good");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err()).startsWith("lambdalint: ").contains("LL001/bad-broken-yaml-among-good/");
    assertThat(run.out()).startsWith("flowchart LR\n");
  }

  @Test
  void helpNamesTheFormatsAndScopes() {
    Run run = Run.in(PROJECTS, "graph", "--help");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("Usage: lambdalint graph", "--format", "mermaid", "dot", "json", "--scope", "repository", "template");
  }
}
