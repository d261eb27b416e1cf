package dev.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.report.AtomicOutput;
import dev.lambdalint.core.report.Reporters;
import dev.lambdalint.fixtures.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input as the command line sees it: exit codes, LL001 lines naming file and line, the
 * report written atomically, and the same bytes whatever the thread count.
 */
class HostileInputCliTest {
  private static final String WILDCARD_TEMPLATE = """
      AWSTemplateFormatVersion: '2010-09-09'
      Resources:
        Admin:
          Type: AWS::IAM::Policy
          Properties:
            PolicyName: admin
            PolicyDocument:
              Statement:
                - Effect: Allow
                  Action: '*'
                  Resource: '*'
      """;

  @TempDir Path dir;

  private Run run(String... args) {
    return Run.in(dir, args);
  }

  private void write(String name, String text) throws IOException {
    write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private void write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  @Test
  void pathThatDoesNotExistExitsTwoAndNamesIt() {
    Run run = run("check", "no/such/dir");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    assertThat(run.err()).contains("no/such/dir");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void brokenFilesAreFindingsTheOthersAreStillCheckedAndTheExitCodeIsOne() throws Exception {
    write("good/template.yaml", WILDCARD_TEMPLATE);
    write("yaml/template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A: [unclosed\n");
    write("json/template.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\",\n \"Resources\": {,}}");
    write("bin/template.yaml", new byte[] {'A', 'W', 'S', '\n', 0, 1, 2});
    write("java/src/Broken.java", "class Broken {\n  void m() {\n    int = 1;\n  }\n}\n");
    write("deep/template.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": "
        + "[".repeat(10_000) + "]".repeat(10_000) + "}");
    Run run = run("check", ".");
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out())
        .containsPattern("yaml/template\\.yaml:\\d+:\\d+: error LL001 YAML syntax error")
        .containsPattern("json/template\\.json:2:\\d+: error LL001 JSON syntax error")
        .containsPattern("bin/template\\.yaml:2:1: error LL001 binary content")
        .contains("java/src/Broken.java:3:5: error LL001 Java syntax error: found \"int\", expected \"}\"")
        .containsPattern("deep/template\\.json:1:\\d+: error LL001 JSON nesting depth over 200 levels")
        .contains("good/template.yaml:10:")
        .doesNotContain("LL002");
  }

  @Test
  void emptyDirectoryAndEmptyFilesExitZeroOrOneNeverTwo() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    assertThat(run("check", "empty").exitCode()).isEqualTo(ExitCodes.CLEAN);
    write("files/Empty.java", "");
    write("files/other.yaml", "");
    assertThat(run("check", "files").exitCode()).isEqualTo(ExitCodes.CLEAN);
    write("files/template.yaml", "");
    Run run = run("check", "files");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out()).contains("files/template.yaml:1:1: error LL001 empty template");
  }

  @Test
  void fileNamesCannotInjectLinesOrWorkflowCommands() throws Exception {
    write("names/a\n::warning file=x::injected.java", "class A { int = ; }\n");
    write("::error::root.java", "class B { int = ; }\n");
    for (String format : List.of("text", "github")) {
      Run run = run("check", ".", "--format", format);
      assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
      assertThat(run.out().lines()).as(format).noneMatch(l -> l.startsWith("::warning") || l.startsWith("::error::"));
      assertThat(run.out().lines().filter(l -> l.contains("LL001") && !l.startsWith("By rule: "))).as(format).hasSize(2);
    }
    assertThat(run("check", ".").out()).contains("names/a\\n::warning file=x::injected.java:1:15: error LL001", "./::error::root.java:1:15:");
  }

  // ---- atomic output ----

  @Test
  void aFailingWriteLeavesThePreviousFileIntactAndNoTemporaryFile() throws Exception {
    Path target = dir.resolve("out/report.sarif");
    Files.createDirectories(target.getParent());
    Files.writeString(target, "previous report");
    assertThatThrownBy(() -> AtomicOutput.write(target, w -> {
      w.write("{\"half\": ");
      w.flush();
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("previous report");
    assertThatThrownBy(() -> AtomicOutput.write(target, w -> {
      w.write("{\"half\": ");
      throw new IllegalStateException("reporter bug");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(Files.readString(target)).isEqualTo("previous report");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.sarif");
    }
    AtomicOutput.write(target, w -> w.write("new report"));
    assertThat(Files.readString(target)).isEqualTo("new report");
  }

  @Test
  void anUnwritableOutputExitsTwoAndLeavesNothingBehind() throws Exception {
    write("good/template.yaml", WILDCARD_TEMPLATE);
    Files.createDirectories(dir.resolve("out/report.sarif")); // a directory where the file should go
    Files.writeString(dir.resolve("out/report.sarif/keep"), "x");
    Run run = run("check", "good", "--format", "sarif", "-o", "out/report.sarif");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    assertThat(run.err()).contains("report.sarif");
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.sarif");
    }
    assertThat(Files.readString(dir.resolve("out/report.sarif/keep"))).isEqualTo("x");
  }

  @Test
  void aReportOverwritesThePreviousOneWhole() throws Exception {
    write("good/template.yaml", WILDCARD_TEMPLATE);
    Files.writeString(dir.resolve("report.json"), "x".repeat(100_000));
    Run run = run("check", "good", "--format", "json", "-o", "report.json");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    String json = Files.readString(dir.resolve("report.json"));
    assertThat(json).startsWith("{").doesNotContain("xxx");
    assertThat(json.strip()).endsWith("}");
  }

  // ---- out of memory ----

  @Test
  void runningOutOfHeapExitsWithTwoAndSaysWhatToDoNotOneWithAnEmptyReport(@TempDir Path dir) throws Exception {
    // A real JVM with a heap too small for the fixture tree: the process, not a simulation.
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path report = dir.resolve("report.json");
    Process process = new ProcessBuilder(java.toString(), "-Xmx16m", "-cp", System.getProperty("java.class.path"),
        "-Dlambdalint.warmUp=false", Main.class.getName(), "check", "--format", "json", "--output", report.toString(),
        Fixtures.rulesRoot().toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isEqualTo(ExitCodes.ERROR);
    assertThat(output).contains("lambdalint: out of memory (Java heap", "files; no report was written", "LAMBDALINT_JAVA_OPTS=-Xmx");
    assertThat(report).doesNotExist();
  }

  // ---- determinism ----

  @Test
  void outputIsByteIdenticalAcrossRunsAndThreadCounts() throws Exception {
    Path corpus = Fixtures.rulesRoot();
    Path root = Fixtures.moduleRoot();
    Map<String, String> outputs = new LinkedHashMap<>();
    // {parallelism, files a batch}: read whole, and project by project in batches of 9 and 40 files.
    for (int[] run : new int[][] {{1, Integer.MAX_VALUE}, {4, 9}, {0, Integer.MAX_VALUE}, {1, 40}, {0, 9}}) {
      int parallelism = run[0];
      Linter linter = Linter.withInstalledRules().withBatchFiles(run[1]);
      ForkJoinPool pool = parallelism == 0 ? ForkJoinPool.commonPool() : new ForkJoinPool(parallelism);
      try {
        Report report = pool.submit(() -> linter.run(LintRequest.of(root, corpus))).get();
        StringBuilder all = new StringBuilder();
        for (String format : List.of("json", "sarif", "text")) {
          StringWriter out = new StringWriter();
          Reporters.forFormat(format).write(report, out);
          all.append(out);
        }
        outputs.put((outputs.size() + 1) + ": parallelism " + (parallelism == 0 ? "default" : parallelism)
            + ", batches of " + run[1] + " files", all.toString());
      } finally {
        if (parallelism != 0) pool.shutdown();
      }
    }
    String first = outputs.values().iterator().next();
    assertThat(first).contains("\"LL001\"", "LL303");
    outputs.forEach((name, text) -> assertThat(text).as(name).isEqualTo(first));
  }
}
