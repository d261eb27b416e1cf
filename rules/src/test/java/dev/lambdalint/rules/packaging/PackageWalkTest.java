package dev.lambdalint.rules.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.invoke.InvocationGraph;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.parse.LoadResult;
import dev.lambdalint.core.parse.TemplateLoader;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 items 11 and 13: LL401 measures each path once per run, only inside what the run reads
 * or the template's repository (unless the user passes the folder), stops a walk at a cap and says
 * so, and adds sizes without overflowing.
 */
class PackageWalkTest {
  @TempDir Path dir;

  private static void sparse(Path file, long bytes) throws Exception {
    Files.createDirectories(file.getParent());
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(bytes);
    }
  }

  private static String functions(int count, String codeUri) {
    StringBuilder text = new StringBuilder("""
        AWSTemplateFormatVersion: '2010-09-09'
        Transform: AWS::Serverless-2016-10-31
        Globals:
          Function:
            Runtime: java21
            Handler: com.example.App::handleRequest
        Resources:
        """);
    for (int i = 0; i < count; i++) {
      text.append("  Fn").append(i).append(":\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: ")
          .append(codeUri).append('\n');
    }
    return text.toString();
  }

  @Test
  void twentyFunctionsNamingOneFolderWalkItOnce() throws Exception {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    sparse(repo.resolve("shared/big.bin"), 300 * PackageSizes.MB);
    Path file = repo.resolve("template.yaml");
    String text = functions(20, "shared");
    Files.writeString(file, text);
    SourceFile source = SourceFile.of(file, repo);
    Template template = Template.of(source,
        ((LoadResult.Loaded) new TemplateLoader().load(source, text.getBytes(java.nio.charset.StandardCharsets.UTF_8))).root());

    Map<Object, Object> cache = new HashMap<>();
    List<Object> computed = new ArrayList<>();
    int[] asked = {0};
    LintContext context = new LintContext() {
      @Override public List<Template> templates() { return List.of(template); }
      @Override public JavaModel java() { return JavaModel.of(List.of()); }
      @Override public Optional<JavaModel.Handler> handlerOf(Function function) { return Optional.empty(); }
      @Override public InvocationGraph invocationGraph() { throw new UnsupportedOperationException(); }
      @Override public List<Path> scanRoots() { return List.of(repo); }

      @Override
      @SuppressWarnings("unchecked")
      public <T> T perRun(Object key, Supplier<T> compute) {
        asked[0]++;
        if (!cache.containsKey(key)) {
          computed.add(key);
          cache.put(key, compute.get());
        }
        return (T) cache.get(key);
      }
    };
    List<String> messages = new ArrayList<>();
    FindingSink sink = new FindingSink() {
      @Override public void report(Location location, String message) { messages.add(message); }
      @Override public void report(Location location, Severity severity, String message) { messages.add(message); }
    };
    new PackageTooLarge().checkTemplate(template, context, sink);

    assertThat(messages).hasSize(20).allMatch(m -> m.contains("shared unzips to 300.0 MB"));
    assertThat(asked[0]).isEqualTo(20);
    assertThat(computed).hasSize(1);
  }

  private List<Finding> ll401(Path root, Path... paths) throws Exception {
    return Linter.withInstalledRules().run(new LintRequest(List.of(paths), root, LintConfig.defaults()))
        .findings().stream().filter(f -> f.ruleId().equals("LL401")).toList();
  }

  @Test
  void aFolderOutsideTheRepositoryIsReadOnlyWhenTheUserPassesIt() throws Exception {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Path outside = dir.resolve("outside");
    sparse(outside.resolve("big.bin"), 300 * PackageSizes.MB);
    Files.writeString(repo.resolve("template.yaml"), functions(2, "../outside"));
    Files.createDirectories(repo.resolve("linked"));
    Files.createSymbolicLink(repo.resolve("linked/out"), outside);
    Files.writeString(repo.resolve("linked/template.yaml"), functions(1, "out/."));

    assertThat(ll401(repo, repo)).isEmpty();
    assertThat(ll401(repo, repo, outside)).extracting(f -> f.file().path() + ":" + f.range().startLine())
        .containsExactly("template.yaml:11", "template.yaml:15");
  }

  @Test
  void aWalkStopsAtItsCapAndSaysWhy() throws Exception {
    Path folder = dir.resolve("many");
    for (int i = 0; i < 30; i++) sparse(folder.resolve("d" + (i % 3) + "/f" + i), PackageSizes.MB);
    PackageSizes.Walk whole = PackageSizes.folderSize(folder, 1_000, Duration.ofMinutes(1));
    assertThat(whole.stopped()).isNull();
    assertThat(whole.bytes()).isEqualTo(30 * PackageSizes.MB);
    PackageSizes.Walk capped = PackageSizes.folderSize(folder, 10, Duration.ofMinutes(1));
    assertThat(capped.stopped()).isEqualTo("the walk stopped after 10 files");
    assertThat(capped.bytes()).isLessThan(10 * PackageSizes.MB);
  }

  @Test
  void sizesAddWithoutOverflowing() {
    assertThat(PackageSizes.add(1L << 62, 1L << 62)).isEqualTo(Long.MAX_VALUE);
    assertThat(PackageSizes.add(Long.MAX_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
    assertThat(PackageSizes.add(40, 2)).isEqualTo(42);
  }
}
