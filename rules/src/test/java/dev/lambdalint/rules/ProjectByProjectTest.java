package dev.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.graph.GraphWriter;
import dev.lambdalint.core.graph.SystemGraph;
import dev.lambdalint.core.report.Reporters;
import dev.lambdalint.fixtures.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scan larger than one batch is checked project by project, each batch read, checked and let go
 * before the next; its report is byte for byte that of one run over everything. The fixture tree is
 * the hard case: most of its templates name a class their own case does not declare, found in
 * another case, so batches are merged again and again; the sample projects and the CDK apps join
 * template, code and cdk.out across folders.
 */
class ProjectByProjectTest {
  private static final Linter LINTER = Linter.withInstalledRules();
  private static final Path TREE = Fixtures.moduleRoot();
  private static final LintRequest REQUEST = new LintRequest(List.of(TREE), TREE,
      LintConfig.defaults().withAsOf(LocalDate.of(2026, 12, 6)));
  private static String whole;

  @BeforeAll
  static void checkEverythingAtOnce() throws Exception {
    whole = json(LINTER.withBatchFiles(Integer.MAX_VALUE).run(REQUEST));
  }

  @ParameterizedTest(name = "at most {0} files a batch")
  @ValueSource(ints = {1, 9, 150})
  void theFixtureTreeCheckedInBatchesReportsWhatOneRunReports(int batchFiles) throws Exception {
    assertThat(json(LINTER.withBatchFiles(batchFiles).run(REQUEST))).isEqualTo(whole);
  }

  @ParameterizedTest(name = "at most {0} files a batch")
  @ValueSource(ints = {1, 40})
  void theSystemGraphDrawnInBatchesIsTheGraphDrawnAtOnce(int batchFiles) throws Exception {
    SystemGraph atOnce = LINTER.withBatchFiles(Integer.MAX_VALUE).graph(REQUEST).graph().orElseThrow();
    SystemGraph inBatches = LINTER.withBatchFiles(batchFiles).graph(REQUEST).graph().orElseThrow();
    assertThat(GraphWriter.write(atOnce, GraphWriter.Format.JSON, GraphWriter.Scope.REPOSITORY))
        .contains("PricingFunction", "\"CODE_SYNC_INVOKE\"", "\"MISSING_FAILURE_TARGET\"");
    for (GraphWriter.Format format : GraphWriter.Format.values()) {
      for (GraphWriter.Scope scope : GraphWriter.Scope.values()) {
        assertThat(GraphWriter.write(inBatches, format, scope)).as(format + ", " + scope)
            .isEqualTo(GraphWriter.write(atOnce, format, scope));
      }
    }
  }

  @Test
  void theWholeRunIsNotEmptyAndSpansTheTree() throws IOException {
    // The comparison above means something only if the tree yields many findings of many kinds.
    assertThat(whole).contains("\"ruleId\" : \"LL107\"", "\"ruleId\" : \"LL102\"", "\"ruleId\" : \"LL003\"",
        "\"ruleId\" : \"LL001\"", "\"related\" :", "projects/search-service-cdk/");
    try (var files = Files.walk(TREE.resolve("src/main/resources"))) {
      assertThat(files.filter(Files::isRegularFile).count()).isGreaterThan(500);
    }
  }

  private static String json(Report report) throws IOException {
    StringWriter out = new StringWriter();
    Reporters.forFormat("json", false, true).write(report, out);
    return out.toString();
  }
}
