package dev.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.report.RuleReference;
import dev.lambdalint.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The files users copy or run from this repository: the pre-commit hook, the workflow, the rule reference. */
class RepositoryFilesTest {
  private static final Path REPO = Fixtures.moduleRoot().getParent();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  /** Rewrites every generated page this class checks (docs/rules.md, the README's rule table). */
  static final String REGENERATE_ALL = "mvn -B -pl cli -am test -Dtest=RepositoryFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dlambdalint.updateDocs=true";

  @Test
  void thePreCommitHookRunsTheLauncherOnChangedSourcesTemplatesAndPoms() throws Exception {
    JsonNode hooks = YAML.readTree(REPO.resolve(".pre-commit-hooks.yaml").toFile());
    assertThat(hooks.isArray()).isTrue();
    JsonNode hook = hooks.get(0);
    assertThat(hook.get("id").asText()).isEqualTo("lambdalint");
    assertThat(hook.get("entry").asText()).isEqualTo("lambdalint check");
    assertThat(hook.get("language").asText()).isEqualTo("script");
    assertThat(hook.get("pass_filenames").asBoolean()).isTrue();
    assertThat(hook.get("require_serial").asBoolean()).isTrue();
    Path launcher = REPO.resolve("lambdalint");
    assertThat(Files.isExecutable(launcher)).as("the script entry must be executable").isTrue();
    List<String> ids = new ArrayList<>();
    for (JsonNode h : hooks) {
      assertThat(h.has("id") && h.has("name") && h.has("entry") && h.has("language")).as(h.toString()).isTrue();
      ids.add(h.get("id").asText());
      // pre-commit passes a file when re.search(files, path) matches; Java's find() is the same search.
      assertThat(h.has("types") || h.has("types_or")).as("only the files pattern selects: " + h).isFalse();
      Pattern files = Pattern.compile(h.get("files").asText());
      for (String path : List.of("src/main/java/com/example/Handler.java", "template.yaml", "infra/stack.yml",
          "cdk.out/Stack.template.json", "cfn/stack.template", "pom.xml", "orders/pom.xml")) {
        assertThat(files.matcher(path).find()).as(h.get("id").asText() + " passes " + path).isTrue();
      }
      for (String path : List.of("src/main/resources/log4j2.xml", "mypom.xml", "pom.xml.orig", "README.md",
          "Handler.javax", "build.gradle")) {
        assertThat(files.matcher(path).find()).as(h.get("id").asText() + " leaves out " + path).isFalse();
      }
    }
    assertThat(ids).containsExactly("lambdalint", "lambdalint-system");
    // The README's example and text name hooks that exist, and no tag that does not.
    String readme = Files.readString(REPO.resolve("README.md"));
    String section = readme.substring(readme.indexOf("## pre-commit"), readme.indexOf("## GitHub code scanning"));
    Matcher used = Pattern.compile("- id: (\\S+)|hook id\\s+`([^`]+)`").matcher(section);
    List<String> named = new ArrayList<>();
    while (used.find()) named.add(used.group(1) != null ? used.group(1) : used.group(2));
    assertThat(named).isNotEmpty().allMatch(ids::contains);
    assertThat(section).contains("placeholder").doesNotContain("rev: v");
  }

  @Test
  void theCodeScanningWorkflowIsValidYamlThatUploadsSarifWithTheRightPermission() throws Exception {
    String doc = Files.readString(REPO.resolve("docs/github-code-scanning.md"));
    Matcher m = Pattern.compile("```yaml\\n(name: lambdalint.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(m.find()).as("the workflow block").isTrue();
    JsonNode workflow = YAML.readTree(m.group(1));
    JsonNode job = workflow.get("jobs").get("lambdalint");
    assertThat(job.get("permissions").get("security-events").asText()).isEqualTo("write");
    List<String> uses = new ArrayList<>();
    List<String> runs = new ArrayList<>();
    job.get("steps").forEach(s -> {
      if (s.has("uses")) uses.add(s.get("uses").asText());
      if (s.has("run")) runs.add(s.get("run").asText());
    });
    assertThat(uses).anyMatch(u -> u.startsWith("github/codeql-action/upload-sarif@"));
    assertThat(runs).anyMatch(r -> r.contains("check --format sarif --output lambdalint.sarif ."));
  }

  @Test
  void theConfigurationSchemaAcceptsWhatLambdalintAcceptsAndRejectsTypos() throws Exception {
    com.networknt.schema.Schema schema = com.networknt.schema.SchemaRegistry
        .withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_7)
        .getSchema(Files.readString(REPO.resolve("docs/lambdalint.schema.json")), com.networknt.schema.InputFormat.JSON);
    String doc = Files.readString(REPO.resolve("docs/configuration.md"));
    Matcher m = Pattern.compile("```yaml\\n(# \\.lambdalint\\.yml.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(m.find()).as("the example at the top of docs/configuration.md").isTrue();
    String example = m.group(1);
    // What the schema accepts, lambdalint accepts too (the rules named exist in this build).
    dev.lambdalint.core.config.LintConfig.parse(REPO.resolve(".lambdalint.yml"), example, Linter.withInstalledRules().rules());
    assertThat(violations(schema, example)).isEmpty();
    assertThat(violations(schema, "rules:\n  LL303: off\n  LL101: error\nexclude: generated\n")).isEmpty();
    assertThat(violations(schema, "exclud: [a]\n")).isNotEmpty();
    assertThat(violations(schema, "rules:\n  LL101: {enabld: false}\n")).isNotEmpty();
    assertThat(violations(schema, "failOn: fatal\n")).isNotEmpty();
  }

  private static List<String> violations(com.networknt.schema.Schema schema, String yaml) throws Exception {
    String json = new ObjectMapper().writeValueAsString(YAML.readTree(yaml));
    return schema.validate(json, com.networknt.schema.InputFormat.JSON).stream().map(Object::toString).toList();
  }

  /**
   * docs/rules.md is generated from the rules; when a rule or its docs change, regenerate it
   * with {@link RuleReference#REGENERATE} (or run this test with -Dlambdalint.updateDocs=true).
   */
  @Test
  void docsRulesMdIsUpToDate() throws Exception {
    String expected = RuleReference.markdown(Linter.withInstalledRules().rules());
    Path page = REPO.resolve("docs/rules.md");
    if (Boolean.getBoolean("lambdalint.updateDocs")) Files.writeString(page, expected);
    assertThat(Files.exists(page)).as("docs/rules.md exists").isTrue();
    assertThat(Files.readString(page))
        .as("docs/rules.md is stale; regenerate it from the repository root with: " + RuleReference.REGENERATE)
        .isEqualTo(expected);
  }

  /** The README's rule table is generated too; the same flag regenerates it. */
  @Test
  void theReadmeRuleTableIsTheGeneratedOne() throws Exception {
    Path readme = REPO.resolve("README.md");
    String text = Files.readString(readme);
    assertThat(text).as("README's rule table markers").contains(RuleReference.README_TABLE_START, RuleReference.README_TABLE_END);
    String expected = RuleReference.withReadmeTable(text, Linter.withInstalledRules().rules());
    if (Boolean.getBoolean("lambdalint.updateDocs")) Files.writeString(readme, expected);
    assertThat(Files.readString(readme)).as("README's rule table is stale; regenerate it with " + REGENERATE_ALL).isEqualTo(expected);
  }

  static final String README_GRAPH_START = "<!-- graph: generated by lambdalint graph, checked by RepositoryFilesTest -->";
  static final String README_GRAPH_END = "<!-- end of graph -->";

  /**
   * The README's "See the system" block is what {@code lambdalint graph test-fixtures/projects/order-service}
   * prints from the repository root; the same flag regenerates it.
   */
  @Test
  void theReadmeGraphIsTheSampleProjectsGraph() throws Exception {
    Path readme = REPO.resolve("README.md");
    String text = Files.readString(readme);
    int start = text.indexOf(README_GRAPH_START);
    int end = text.indexOf(README_GRAPH_END);
    assertThat(start).as("README's graph markers").isNotNegative();
    assertThat(end).as("README's graph markers").isGreaterThan(start);
    Path sample = REPO.resolve("test-fixtures/projects/order-service");
    dev.lambdalint.core.graph.SystemGraph graph = Linter.withInstalledRules()
        .graph(new dev.lambdalint.core.engine.LintRequest(List.of(sample), REPO)).graph().orElseThrow();
    String block = README_GRAPH_START + "\n```mermaid\n" + dev.lambdalint.core.graph.GraphWriter.mermaid(graph) + "```\n";
    String expected = text.substring(0, start) + block + text.substring(end);
    if (Boolean.getBoolean("lambdalint.updateDocs")) Files.writeString(readme, expected);
    assertThat(Files.readString(readme)).as("README's graph is stale; regenerate it with " + REGENERATE_ALL).isEqualTo(expected);
  }
}
