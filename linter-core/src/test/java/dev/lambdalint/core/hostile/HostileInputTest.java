package dev.lambdalint.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.LintException;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.fuzz.ViewWalker;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Template;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input through the whole engine. Each case puts one bad file beside a good template and
 * a good handler, and asserts: the run returns (no exception, no hang), the bad file gets a clear
 * LL001 naming it and its line, the good files are still analysed (the marker rule reached them),
 * and no rule failed (LL002) — the marker rule walks the whole typed view of every template.
 */
@Timeout(60)
class HostileInputTest {
  static final String GOOD_TEMPLATE = """
      AWSTemplateFormatVersion: '2010-09-09'
      Transform: AWS::Serverless-2016-10-31
      Resources:
        GoodFunction:
          Type: AWS::Serverless::Function
          Properties:
            Handler: example.Good::handleRequest
            Runtime: java17
      """;
  static final String GOOD_JAVA = """
      package example;
      public class Good {
        public String handleRequest(String in) { return in.trim(); }
      }
      """;

  @TempDir Path dir;

  /** Reports every template and Java file it sees, after asking the typed view everything. */
  @RuleInfo(id = "LL990", name = "sees-everything", severity = Severity.NOTE, category = Category.LAMBDALINT,
      summary = "Reports each file it analysed")
  static final class SeesEverything implements Rule {
    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      ViewWalker.walk(template, 50_000);
      sink.report(template.root(), "analysed " + template.file().path());
    }

    @Override
    public void checkJava(JavaSource source, LintContext context, FindingSink sink) {
      context.java().handlers().forEach(h -> h.displayName());
      sink.report(Location.fileStart(source.file()), "analysed " + source.file().path());
    }
  }

  // ---- helpers ----

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  private Report lintWithGoodNeighbours() throws LintException {
    try {
      write("good/template.yaml", GOOD_TEMPLATE);
      write("good/src/example/Good.java", GOOD_JAVA);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Report report = new Linter(List.of(new SeesEverything())).run(LintRequest.of(dir, dir));
    assertThat(report.findings()).as("no rule failed").filteredOn(f -> f.ruleId().equals("LL002")).isEmpty();
    assertThat(analysed(report)).as("the good files were still analysed")
        .contains("good/template.yaml", "good/src/example/Good.java");
    return report;
  }

  private static List<String> ids(Report report) {
    return report.findings().stream().map(Finding::ruleId).toList();
  }

  private static List<String> analysed(Report report) {
    return report.findings().stream().filter(f -> f.ruleId().equals("LL990")).map(f -> f.file().path()).toList();
  }

  private static List<Finding> parseErrors(Report report, String path) {
    return report.findings().stream()
        .filter(f -> f.ruleId().equals("LL001") && f.file().path().equals(path)).toList();
  }

  /** Exactly one LL001 on {@code path}, on {@code line}, whose message contains {@code words}. */
  private static Finding assertParseError(Report report, String path, int line, String... words) {
    List<Finding> errors = parseErrors(report, path);
    assertThat(errors).as("LL001 on %s in %s", path, report.findings()).hasSize(1);
    Finding f = errors.get(0);
    assertThat(f.location().range().startLine()).as(f.message()).isEqualTo(line);
    assertThat(f.message()).contains(words);
    return f;
  }

  // ---- YAML syntax ----

  @Test
  void yamlSyntaxErrorsOfSeveralKindsNameTheirLine() throws Exception {
    String head = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n";
    write("unclosed-flow/template.yaml", head + "    Properties: {Handler: a.B, Runtime: [java17\n");
    write("bad-indent/template.yaml", head + "    Properties:\n      Handler: a.B\n     Runtime: java17\n");
    write("unclosed-quote/template.yaml", head + "    Properties:\n      Handler: 'a.B\n");
    write("undefined-alias/template.yaml", head + "    Properties: *nowhere\n");
    write("mapping-in-scalar/template.yaml", head + "    Properties: a: b: c\n");
    write("tabs/template.yaml", head + "    Properties:\n\tHandler: a.B\n");
    write("two-documents/template.yaml", head + "---\n" + head);
    Report report = lintWithGoodNeighbours();
    assertParseError(report, "unclosed-flow/template.yaml", 6, "YAML syntax error");
    assertParseError(report, "bad-indent/template.yaml", 7, "YAML syntax error");
    assertParseError(report, "unclosed-quote/template.yaml", 7, "YAML syntax error");
    assertParseError(report, "undefined-alias/template.yaml", 5, "found undefined alias nowh****"); // the alias is the user's text
    assertParseError(report, "mapping-in-scalar/template.yaml", 5, "YAML syntax error");
    assertParseError(report, "tabs/template.yaml", 6, "tab character");
    assertParseError(report, "two-documents/template.yaml", 6, "more than one YAML document");
  }

  @Test
  void duplicateKeysAreReportedAndTheTemplateStillAnalysed() throws Exception {
    write("dup/template.yaml", """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          Topic:
            Type: AWS::SNS::Topic
          Topic:
            Type: AWS::SQS::Queue
        """);
    Report report = lintWithGoodNeighbours();
    assertParseError(report, "dup/template.yaml", 5, "duplicate key 'Topi****'", "line 3"); // a key is the user's text
    assertThat(analysed(report)).contains("dup/template.yaml");
  }

  @Test
  void tenThousandDuplicateKeysAreCountedNotListed() throws Exception {
    write("dups/template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  T:\n    Type: AWS::SNS::Topic\n"
        + "    Properties:\n" + "      a: 1\n".repeat(10_000));
    Report report = lintWithGoodNeighbours();
    List<Finding> errors = parseErrors(report, "dups/template.yaml");
    assertThat(errors).hasSize(51);
    assertThat(errors.get(0).message()).isEqualTo("duplicate key 'a' (first at line 6); the last value was used");
    assertThat(errors.get(50).location().range().startLine()).isEqualTo(6 + 51);
    assertThat(errors.get(50).message()).startsWith("9949 more duplicate keys from here on");
    assertThat(analysed(report)).contains("dups/template.yaml");
  }

  @Test
  void billionLaughsIsRefusedQuickly() throws Exception {
    StringBuilder yaml = new StringBuilder("AWSTemplateFormatVersion: '2010-09-09'\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      String prev = "*a" + (i - 1);
      yaml.append("lol").append(i).append(": &a").append(i).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(10, prev))).append("]\n");
    }
    yaml.append("Resources:\n  Bomb:\n    Type: AWS::SNS::Topic\n    Properties: {Tags: *a9}\n");
    write("bomb/template.yaml", yaml.toString());
    long start = System.nanoTime();
    Report report = lintWithGoodNeighbours();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    List<Finding> errors = parseErrors(report, "bomb/template.yaml");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).message()).containsAnyOf("alias", "Number of aliases");
    assertThat(errors.get(0).location().range().startLine()).isPositive();
  }

  // ---- deep nesting ----

  @Test
  void tenThousandDeepYamlJsonAndJavaAreRefusedNotOverflowed() throws Exception {
    int depth = 10_000;
    String head = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::SNS::Topic\n    Properties:\n      Tags: ";
    write("deep-flow/template.yaml", head + "[".repeat(depth) + "]".repeat(depth) + "\n");
    // Block style: "- - - x" nests a sequence per dash on one line.
    write("deep-block/template.yaml", head + "\n        " + "- ".repeat(depth) + "x\n");
    write("deep/template.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\"A\": {\"Type\": \"AWS::SNS::Topic\", \"Properties\": "
        + "[".repeat(depth) + "]".repeat(depth) + "}}}");
    write("deep-java/src/Parens.java", "class Parens { int x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "; }\n");
    write("deep-java/src/Sum.java", "class Sum { int x = 1" + " + 1".repeat(depth) + "; String s = \"a\"" + " + \"a\"".repeat(depth) + "; }\n");
    write("deep-java/src/Blocks.java", "class Blocks { void m() { " + "{".repeat(depth) + "}".repeat(depth) + " } }\n");
    write("deep-java/src/Calls.java", "class Calls { void m() { Object o = new StringBuilder()" + ".append(1)".repeat(depth) + "; } }\n");
    Report report = lintWithGoodNeighbours();
    for (String yaml : List.of("deep-flow/template.yaml", "deep-block/template.yaml", "deep/template.json")) {
      List<Finding> errors = parseErrors(report, yaml);
      assertThat(errors).as(yaml).hasSize(1);
      assertThat(errors.get(0).message()).as(yaml).containsAnyOf("nesting", "Nesting", "depth");
      assertThat(errors.get(0).location().range().startLine()).as(yaml).isPositive();
    }
    // Java nested too deep either parses (and is analysed) or is an LL001; either way the run goes on.
    for (String java : List.of("Parens", "Sum", "Blocks", "Calls")) {
      String path = "deep-java/src/" + java + ".java";
      assertThat(parseErrors(report, path).size() + (analysed(report).contains(path) ? 1 : 0)).as(path).isEqualTo(1);
    }
  }

  // ---- size, encoding, binary ----

  @Test
  void fiftyMegabyteTemplateIsRefusedWithoutReadingItAll() throws Exception {
    Path big = dir.resolve("big/template.yaml");
    Files.createDirectories(big.getParent());
    byte[] line = "    - Key: padding\n      Value: 0123456789abcdef0123456789abcdef0123456789abcdef\n"
        .getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n     Tags:\n"
          .getBytes(StandardCharsets.US_ASCII));
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) out.write(line);
    }
    Report report = lintWithGoodNeighbours();
    assertParseError(report, "big/template.yaml", 1, "larger than", "MiB");
  }

  @Test
  void binaryFileNamedTemplateYaml() throws Exception {
    byte[] bytes = new byte[4096];
    new java.util.Random(42).nextBytes(bytes);
    bytes[100] = 0;
    write("binary/template.yaml", bytes);
    // PNG header and a NUL on the first line
    write("png/template.yaml", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    Report report = lintWithGoodNeighbours();
    assertThat(parseErrors(report, "binary/template.yaml")).hasSize(1);
    assertThat(parseErrors(report, "binary/template.yaml").get(0).location().range().startLine()).isPositive();
    assertParseError(report, "png/template.yaml", 3, "binary content"); // \r\n, then \n
  }

  @Test
  void invalidUtf8IsReportedAtItsLineAndUtf16WithBomLoads() throws Exception {
    byte[] head = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: caf"
        .getBytes(StandardCharsets.US_ASCII);
    byte[] bad = java.util.Arrays.copyOf(head, head.length + 3);
    bad[head.length] = (byte) 0xC3; // a lead byte without its continuation
    bad[head.length + 1] = '\n';
    bad[head.length + 2] = '\n';
    write("latin/template.yaml", bad);
    String text = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: café\n";
    byte[] utf16 = text.getBytes(StandardCharsets.UTF_16); // big-endian with a BOM
    write("utf16/template.yaml", utf16);
    byte[] utf16le = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16le, 0, withBom, 2, utf16le.length);
    write("utf16le/template.yaml", withBom);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] utf8Bom = new byte[utf8.length + 3];
    utf8Bom[0] = (byte) 0xEF;
    utf8Bom[1] = (byte) 0xBB;
    utf8Bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, utf8Bom, 3, utf8.length);
    write("utf8bom/template.yaml", utf8Bom);
    write("utf8bom/src/Bom.java", utf8Bom("class Bom { String s = \"café\"; }\n"));
    Report report = lintWithGoodNeighbours();
    assertParseError(report, "latin/template.yaml", 6, "invalid UTF-8");
    assertThat(parseErrors(report, "utf16/template.yaml")).isEmpty();
    assertThat(parseErrors(report, "utf16le/template.yaml")).isEmpty();
    assertThat(parseErrors(report, "utf8bom/template.yaml")).isEmpty();
    assertThat(analysed(report)).contains("utf16/template.yaml", "utf16le/template.yaml", "utf8bom/template.yaml");
    assertThat(parseErrors(report, "utf8bom/src/Bom.java")).isEmpty();
  }

  private static byte[] utf8Bom(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[utf8.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, out, 3, utf8.length);
    return out;
  }

  // ---- Java ----

  @Test
  void javaSyntaxErrorsPreviewSyntaxAndEmptyFiles() throws Exception {
    write("java/src/Broken.java", "package example;\n\npublic class Broken {\n  void m() {\n    int x = ;\n  }\n}\n");
    write("java/src/Unclosed.java", "class Unclosed {\n  void m() {\n");
    write("java/src/Statement.java", "class Statement {\n  void m() {\n    int = 1;\n  }\n}\n");
    write("java/src/Secret.java", "class Secret { String k = 1 \"AKIAIOSFODNN7EXAMPLE\"; }\n");
    // Compact source file (a preview in Java 21-24) and a string template (a withdrawn preview).
    write("java/src/Compact.java", "void main() {\n  System.out.println(\"hi\");\n}\n");
    write("java/src/Templated.java", "class Templated { String s = STR.\"\\{1 + 1}\"; }\n");
    write("java/src/Empty.java", "");
    write("java/src/Binary.java", new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, '\n', 'x'});
    write("empty/template.yaml", "");
    write("blank/template.yaml", "\n\n   \n");
    Report report = lintWithGoodNeighbours();
    Finding broken = assertParseError(report, "java/src/Broken.java", 5, "Java syntax error: unexpected \";\"");
    assertThat(broken.location().range().startColumn()).isEqualTo(13); // the ';', not the '=' before it
    assertParseError(report, "java/src/Unclosed.java", 2, "Java syntax error: found <EOF>, expected \"}\"");
    assertParseError(report, "java/src/Statement.java", 3, "Java syntax error: found \"int\", expected \"}\"");
    assertParseError(report, "java/src/Secret.java", 1, "AKIA****");
    assertThat(parseErrors(report, "java/src/Secret.java").get(0).message()).doesNotContain("AKIAIOSFODNN7EXAMPLE");
    for (String f : List.of("Compact", "Templated", "Empty", "Binary")) {
      String path = "java/src/" + f + ".java";
      assertThat(parseErrors(report, path).size() + (analysed(report).contains(path) ? 1 : 0)).as(path).isEqualTo(1);
      parseErrors(report, path).forEach(e -> assertThat(e.location().range().startLine()).isPositive());
    }
    assertParseError(report, "empty/template.yaml", 1, "empty template");
    assertParseError(report, "blank/template.yaml", 1, "empty template");
  }

  // ---- suppressions of every odd shape ----

  @Test
  void malformedSuppressionsAreNotesOrNothingNeverACrash() throws Exception {
    write("sup/template.yaml", """
        AWSTemplateFormatVersion: '2010-09-09'   # lambdalint:ignore
        Resources:   # lambdalint:ignore ,,, ;; LL LL990LL990
          A:   # lambdalint:ignore-next-line
            Type: AWS::SNS::Topic   # lambdalint:ignore LL990,LL990,LL990,sees-everything,,
            Metadata:
              lambdalint:
                ignore: [[LL990], {rule: [1]}, {rule: null, reason: {a: b}}, 42, null, {}, '']
          B:
            Type: AWS::SNS::Topic
            Metadata: {lambdalint: [1, 2]}
          C:
            Type: AWS::SNS::Topic
            Metadata: {lambdalint: {ignore: {rule: LL990}}}
          D:
            Type: AWS::SNS::Topic
            Metadata: {lambdalint: {ignore: 'LL990 a plain string'}}
        # lambdalint:ignore LL990""" + " LL990".repeat(2_000) + "\n");
    write("sup/template.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\"A\": {\"Type\": \"AWS::SNS::Topic\","
        + " \"Metadata\": {\"lambdalint\": {\"ignore\": [null, 1, [\"LL990\"], {\"rule\": {}}]}}}}}");
    write("sup/src/Sup.java", """
        // lambdalint:ignore
        @SuppressWarnings({"lambdalint:", "lambdalint", "lambdalint:LL990", "lambdalint: ,,", ""})
        class Sup {
          @SuppressWarnings(value = {"lambdalint:" + "LL990"}) int x; // lambdalint:ignore LL990,
          @SuppressWarnings(Constants.NAME) int y; /* lambdalint:ignore LL990 */
          @SuppressWarnings int z;
        }
        // lambdalint:ignore LL990""");
    Report report = lintWithGoodNeighbours();
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("LL001")).isEmpty();
  }

  // ---- the file system ----

  @Test
  void directorySymlinkLoopIsNotFollowed() throws Exception {
    Files.createDirectories(dir.resolve("loop/a"));
    Files.createSymbolicLink(dir.resolve("loop/a/back"), dir.resolve("loop"));
    Files.createSymbolicLink(dir.resolve("loop/self"), dir.resolve("loop/self"));
    write("loop/a/template.yaml", GOOD_TEMPLATE);
    Report report = lintWithGoodNeighbours();
    assertThat(analysed(report)).containsOnlyOnce("loop/a/template.yaml");
    assertThat(ids(report)).doesNotContain("LL001");
  }

  @Test
  void aSymlinkGivenAsThePathToScanIsFollowedAndReportedUnderItsOwnName() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real/project"));
    Files.writeString(real.resolve("template.yaml"), GOOD_TEMPLATE);
    Files.createDirectories(real.resolve("src/example"));
    Files.writeString(real.resolve("src/example/Good.java"), GOOD_JAVA);
    Files.createSymbolicLink(real.resolve("src/loop"), real); // links inside are still not followed
    Files.createSymbolicLink(dir.resolve("link"), real);
    Report report = new Linter(List.of(new SeesEverything())).run(LintRequest.of(dir, dir.resolve("link")));
    assertThat(analysed(report)).containsExactly("link/src/example/Good.java", "link/template.yaml");
    assertThat(ids(report)).doesNotContain("LL001", "LL002");
  }

  @Test
  void unreadableFileIsAFindingNotAnError() throws Exception {
    Path locked = write("locked/template.yaml", GOOD_TEMPLATE);
    Path lockedDir = dir.resolve("locked-dir");
    write("locked-dir/template.yaml", GOOD_TEMPLATE);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "running as root: every file is readable");
      Report report = lintWithGoodNeighbours();
      assertParseError(report, "locked/template.yaml", 1, "cannot read", "permission denied");
      assertParseError(report, "locked-dir", 1, "cannot read");
    } finally {
      Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void pathThatDoesNotExistIsAnError() {
    assertThatThrownBy(() -> new Linter(List.of(new SeesEverything()))
        .run(LintRequest.of(dir, dir.resolve("no/such/place"))))
        .isInstanceOf(LintException.class).hasMessageContaining("does not exist");
  }

  // ---- templates of the wrong shape ----

  @Test
  void malformedIntrinsicsAndWrongShapesLoadAndAnswer() throws Exception {
    for (String name : HostileTemplates.NAMES) {
      write("shapes/" + name.replace('.', '-') + "/template." + name.substring(name.lastIndexOf('.') + 1),
          HostileTemplates.text(name));
    }
    write("resources-list/template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: [a, b]\n");
    write("resources-scalar/template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: 42\nGlobals: [1]\nParameters: x\n");
    write("root-list/template.yaml", "- AWSTemplateFormatVersion: '2010-09-09'\n");
    Report report = lintWithGoodNeighbours();
    assertThat(report.findings()).filteredOn(f -> !f.ruleId().equals("LL990")).isEmpty();
    assertThat(analysed(report)).contains("resources-list/template.yaml", "resources-scalar/template.yaml");
    for (String name : HostileTemplates.NAMES) {
      assertThat(analysed(report)).anyMatch(p -> p.startsWith("shapes/" + name.replace('.', '-') + "/"));
    }
  }
}
