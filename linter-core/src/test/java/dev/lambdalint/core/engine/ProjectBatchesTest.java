package dev.lambdalint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProjectBatchesTest {
  private static final Path ROOT = Path.of("/repo").toAbsolutePath();

  private static List<FileDiscovery.Claimed> files(String... paths) {
    return Stream.of(paths).map(p -> new FileDiscovery.Claimed(ROOT.resolve(p), null)).toList();
  }

  private static List<String> names(ProjectBatches.Batch batch) {
    return batch.files().stream().map(f -> ROOT.relativize(f.path()).toString().replace('\\', '/')).toList();
  }

  @Test
  void aScanOfAtMostTheLimitIsOneBatchReadAsBefore() {
    List<ProjectBatches.Batch> batches = ProjectBatches.split(files("a/template.yaml", "a/App.java"), 2);
    assertThat(batches).hasSize(1);
    assertThat(batches.get(0).wholeFolders()).isEmpty();
  }

  @Test
  void foldersWithinTheLimitStayWholeAndArePackedInPathOrder() {
    List<ProjectBatches.Batch> batches = ProjectBatches.split(files(
        "services/orders/template.yaml", "services/orders/src/App.java",
        "services/billing/template.yaml", "services/billing/src/App.java", "services/billing/src/Util.java",
        "services/search/template.yaml"), 3);
    // services/ holds 6 files, too many: each service is a project; billing and orders do not fit together.
    assertThat(batches).extracting(ProjectBatchesTest::names).containsExactly(
        List.of("services/billing/template.yaml", "services/billing/src/App.java", "services/billing/src/Util.java"),
        List.of("services/orders/template.yaml", "services/orders/src/App.java", "services/search/template.yaml"));
    assertThat(batches.get(1).wholeFolders())
        .containsExactly(ROOT.resolve("services/orders"), ROOT.resolve("services/search"));
  }

  @Test
  void filesLyingDirectlyInAFolderTooLargeAreAProjectHeldInPart() {
    List<ProjectBatches.Batch> batches = ProjectBatches.split(files(
        "template.yaml", "a/A.java", "a/B.java", "b/C.java", "b/D.java"), 2);
    assertThat(batches).extracting(ProjectBatchesTest::names).containsExactly(
        List.of("template.yaml"), List.of("a/A.java", "a/B.java"), List.of("b/C.java", "b/D.java"));
    assertThat(batches.get(0).wholeFolders()).isEmpty(); // the repository's root is not held whole
    assertThat(batches.get(1).wholeFolders()).containsExactly(ROOT.resolve("a"));
  }

  @Test
  void aFolderOfMoreLooseFilesThanTheLimitIsSplitInChunks() {
    List<ProjectBatches.Batch> batches = ProjectBatches.split(files("t1.yaml", "t2.yaml", "t3.yaml", "x/Y.java"), 2);
    assertThat(batches).extracting(ProjectBatchesTest::names)
        .containsExactly(List.of("t1.yaml", "t2.yaml"), List.of("t3.yaml", "x/Y.java"));
  }
}
