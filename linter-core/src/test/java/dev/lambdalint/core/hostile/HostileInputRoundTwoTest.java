package dev.lambdalint.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.LintException;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.template.Template;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, items 3, 8, 9, 10 and 20, through the whole engine: nothing is skipped without a word
 * (a file over a bound is an LL001, never silently cut), merge keys are resolved, suppression
 * comments are read from the decoded text, and every column is a code point.
 */
@Timeout(120)
class HostileInputRoundTwoTest {
  @TempDir Path dir;

  /** Reports each resource's Type value, every string literal in Java, and each file it saw. */
  @RuleInfo(id = "LL991", name = "points-at-values", severity = Severity.NOTE, category = Category.LAMBDALINT,
      summary = "Reports positions of values")
  static final class PointsAtValues implements Rule {
    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      sink.report(Location.fileStart(template.file()), "analysed");
      template.root().getMap("Resources").ifPresent(resources -> resources.entries().forEach(e ->
          e.value().asMap().flatMap(r -> r.get("Type")).ifPresent(t -> sink.report(t, "type of " + e.name()))));
    }

    @Override
    public void checkJava(JavaSource source, LintContext context, FindingSink sink) {
      sink.report(Location.fileStart(source.file()), "analysed");
      source.unit().findAll(com.github.javaparser.ast.expr.StringLiteralExpr.class)
          .forEach(s -> sink.report(source.location(s), "literal " + s.asString()));
    }
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  private Report lint() throws LintException {
    return new Linter(List.of(new PointsAtValues())).run(LintRequest.of(dir, dir));
  }

  private static List<Finding> findings(Report report, String rule, String path) {
    return report.findings().stream().filter(f -> f.ruleId().equals(rule) && f.file().path().equals(path)).toList();
  }

  private static boolean analysed(Report report, String path) {
    return findings(report, "LL991", path).stream().anyMatch(f -> f.message().equals("analysed"));
  }

  /** {@code size} bytes: {@code head}, then filler comment lines, then {@code tail}. */
  private static void writePadded(Path file, String head, String comment, long size, String tail) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] line = (comment + "x".repeat(100) + "\n").getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      for (long written = head.length(); written < size; written += line.length) out.write(line);
      out.write(tail.getBytes(StandardCharsets.UTF_8));
    }
  }

  // ---- item 8: nothing over a size limit is cut silently ----

  @Test
  void javaFileOverTheSizeLimitIsAnLl001NotCutSilently() throws Exception {
    writePadded(dir.resolve("src/Big.java"), "package a;\n", "// ", 16L * 1024 * 1024 + 10,
        "class Big { String key = \"AKIAIOSFODNN7EXAMPLE\"; }\n");
    write("src/Small.java", "package a;\nclass Small { String s = \"x\"; }\n");
    Report report = lint();
    List<Finding> errors = findings(report, "LL001", "src/Big.java");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).message()).contains("larger than the 16 MiB limit for a Java source");
    assertThat(errors.get(0).range()).isEqualTo(TextRange.startOfLine(1));
    assertThat(analysed(report, "src/Small.java")).isTrue();
  }

  @Test
  void oversizedTemplateWithItsMarkerPastTheFirst64KbIsAnLl001() throws Exception {
    // Not named template.*, nothing AWS in its first 64 KB: the marker comes 17 MiB later.
    writePadded(dir.resolve("stacks/late-marker.yaml"), "# generated\n", "# ", 17L * 1024 * 1024,
        "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n");
    // The same in UTF-16 (with a BOM): the marker is found in the decoded text, not in the bytes.
    StringBuilder utf16 = new StringBuilder("# generated\n");
    String filler = "# " + "y".repeat(200) + "\n";
    while (utf16.length() < 9L * 1024 * 1024) utf16.append(filler);
    utf16.append("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n");
    write("stacks/late-marker-utf16.yaml", utf16.toString().getBytes(StandardCharsets.UTF_16));
    // Large data that never claims to be a template stays none of our business.
    writePadded(dir.resolve("data/big.yaml"), "# data\n", "# ", 17L * 1024 * 1024, "items: []\n");
    write("good/template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n");
    Report report = lint();
    for (String path : List.of("stacks/late-marker.yaml", "stacks/late-marker-utf16.yaml")) {
      List<Finding> errors = findings(report, "LL001", path);
      assertThat(errors).as(path).hasSize(1);
      assertThat(errors.get(0).message()).contains("larger than the 16 MiB limit for a template");
    }
    assertThat(findings(report, "LL001", "data/big.yaml")).isEmpty();
    assertThat(analysed(report, "good/template.yaml")).isTrue();
  }

  // ---- item 3: the heap a file costs is bounded by its nodes ----

  /**
   * A 4 MB flow list of one-digit numbers (2 000 000 nodes) in a JVM of 256 MB, beside a good
   * template: the list is an LL001 naming the node bound, the good template is still analysed.
   * Before the bound, the composer held every node and the run died with OutOfMemoryError.
   */
  @Test
  void aFlowListOfTwoMillionScalarsIsAnLl001UnderASmallHeap() throws Exception {
    StringBuilder yaml = new StringBuilder("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n"
        + "Metadata:\n  Numbers: [0");
    for (int i = 1; i < 2_000_000; i++) yaml.append(",0");
    yaml.append("]\n");
    write("huge/template.yaml", yaml.toString());
    write("good/template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        HeapBoundMain.class.getName(), dir.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(100, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("LL001 huge/template.yaml 6:").contains("more than 500000 nodes")
        .contains("LL991 good/template.yaml").doesNotContain("OutOfMemoryError");
  }

  /** JSON is streamed, never held as a graph: its nodes are counted as they are made. */
  @Test
  void aJsonArrayOfTwoMillionNumbersIsAnLl001() throws Exception {
    StringBuilder json = new StringBuilder("{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Metadata\": [0");
    for (int i = 1; i < 2_000_000; i++) json.append(",0");
    json.append("], \"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}\n");
    write("huge/template.json", json.toString());
    write("good/template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n");
    Report report = lint();
    assertThat(findings(report, "LL001", "huge/template.json")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("JSON document holds more than 500000 nodes"));
    assertThat(analysed(report, "good/template.yaml")).isTrue();
  }

  /** The forked side of the test above: prints each finding as "rule path line:col message". */
  public static final class HeapBoundMain {
    public static void main(String[] args) throws Exception {
      Path root = Path.of(args[0]);
      Report report = new Linter(List.of(new PointsAtValues())).run(LintRequest.of(root, root));
      for (Finding f : report.findings()) {
        System.out.println(f.ruleId() + " " + f.file().path() + " " + f.range().startLine() + ":"
            + f.range().startColumn() + " " + f.message());
      }
    }
  }

  // ---- item 9: merge keys ----

  private static final String MERGED = """
      AWSTemplateFormatVersion: '2010-09-09'
      Transform: AWS::Serverless-2016-10-31
      x-function: &fn
        Type: AWS::Serverless::Function
        Properties: &props
          Handler: a.B::handle
          MemorySize: 512
      Resources:
        FnA:
          <<: *fn
        FnB: {<<: *fn, Properties: {<<: *props, Timeout: 30, MemorySize: 1024}}
        FnC:
          <<: [{Type: AWS::SQS::Queue}, *fn]
        "<<": {Type: AWS::SNS::Topic}
      """;

  @Test
  void mergeKeysAreResolvedWithThePositionsWhereValuesAreWritten() throws Exception {
    write("merge/template.yaml", MERGED);
    Report report = lint();
    assertThat(findings(report, "LL001", "merge/template.yaml")).isEmpty();
    List<String> types = findings(report, "LL991", "merge/template.yaml").stream()
        .filter(f -> f.message().startsWith("type of"))
        .map(f -> f.message() + " @" + f.range().startLine() + ":" + f.range().startColumn()).sorted().toList();
    // The merged Type is where it is written (line 4): FnA's and FnB's findings there are one
    // place to fix, and the engine keeps one finding per rule and place. FnC's first source wins
    // over *fn; a quoted "<<" is an ordinary key.
    assertThat(types).containsExactly("type of << @14:16", "type of FnA @4:9", "type of FnC @13:17");
  }

  @Test
  void mergedPropertiesOverrideAndKeepTheirPlaces() throws Exception {
    var loader = new dev.lambdalint.core.parse.TemplateLoader();
    Path file = write("merge/template.yaml", MERGED);
    var result = loader.load(dev.lambdalint.core.model.SourceFile.of(file, dir), Files.readAllBytes(file));
    assertThat(result).isInstanceOf(dev.lambdalint.core.parse.LoadResult.Loaded.class);
    var root = ((dev.lambdalint.core.parse.LoadResult.Loaded) result).root();
    var fnB = root.getMap("Resources").flatMap(r -> r.getMap("FnB")).orElseThrow();
    assertThat(fnB.get("Type").orElseThrow().range()).isEqualTo(new TextRange(4, 9, 4, 34));
    assertThat(fnB.get("Type").orElseThrow().path()).isEqualTo("Resources/FnB/Type");
    var props = fnB.getMap("Properties").orElseThrow();
    assertThat(props.keys()).containsExactly("Handler", "MemorySize", "Timeout");
    assertThat(props.get("MemorySize").orElseThrow().literal()).contains("1024");
    assertThat(props.get("MemorySize").orElseThrow().range().startLine()).isEqualTo(11);
    assertThat(props.get("Handler").orElseThrow().range().startLine()).isEqualTo(6);
    assertThat(props.get("Handler").orElseThrow().path()).isEqualTo("Resources/FnB/Properties/Handler");
    var fnA = root.getMap("Resources").flatMap(r -> r.getMap("FnA")).orElseThrow();
    assertThat(fnA.getMap("Properties").orElseThrow().get("MemorySize").orElseThrow().literal()).contains("512");
  }

  @Test
  void badAndRunawayMergesAreRefused() throws Exception {
    String head = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n";
    write("scalar-merge/template.yaml", head + "    Properties: {<<: 3}\n");
    write("self-merge/template.yaml", head + "    Properties: &p {A: 1, B: {<<: *p}}\n");
    // Ten levels of ten merges each would visit 10^10 pairs: the node budget stops it.
    StringBuilder bomb = new StringBuilder(head + "m0: &m0 {a: 1, b: 2, c: 3}\n");
    for (int i = 1; i < 10; i++) {
      bomb.append("m").append(i).append(": &m").append(i).append(" {<<: [")
          .append(String.join(", ", java.util.Collections.nCopies(10, "*m" + (i - 1)))).append("]}\n");
    }
    write("merge-bomb/template.yaml", bomb.toString());
    write("good/template.yaml", head);
    long start = System.nanoTime();
    Report report = lint();
    assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(60));
    assertThat(findings(report, "LL001", "scalar-merge/template.yaml")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("merge key"));
    assertThat(findings(report, "LL001", "self-merge/template.yaml")).singleElement()
        .satisfies(f -> assertThat(f.message()).containsAnyOf("merges a mapping into itself", "nesting"));
    assertThat(findings(report, "LL001", "merge-bomb/template.yaml")).singleElement()
        .satisfies(f -> assertThat(f.message()).containsAnyOf("more than", "aliases"));
    assertThat(analysed(report, "good/template.yaml")).isTrue();
  }

  // ---- item 10: suppression comments in UTF-16 templates ----

  @Test
  void suppressionCommentsInUtf16TemplatesAreRead() throws Exception {
    String text = """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          Q:
            Type: AWS::SQS::Queue  # lambdalint:ignore LL991 a queue is fine here
        """;
    write("be/template.yaml", text.getBytes(StandardCharsets.UTF_16));
    byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withBom, 2, le.length);
    write("le/template.yaml", withBom);
    Report report = lint();
    for (String path : List.of("be/template.yaml", "le/template.yaml")) {
      assertThat(findings(report, "LL991", path)).as(path).extracting(Finding::message).containsExactly("analysed");
      assertThat(report.suppressed()).as(path)
          .anySatisfy(s -> assertThat(s.finding().file().path() + " " + s.finding().message()).isEqualTo(path + " type of Q"));
      assertThat(findings(report, "LL003", path)).as("no unused suppression").isEmpty();
    }
  }

  // ---- item 20: one column unit, positions from the parser's message ----

  /** 1 + the code points before {@code needle} on its line. */
  private static int codePointColumn(String text, String needle) {
    int at = text.indexOf(needle);
    int lineStart = text.lastIndexOf('\n', at) + 1;
    return text.codePointCount(lineStart, at) + 1;
  }

  @Test
  void yamlJsonAndJavaColumnsAreCodePoints() throws Exception {
    String yaml = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n"
        + "  Q: {Metadata: {Note: \"\uD83C\uDF89\uD83C\uDF89 𝔸\"}, Type: AWS::SQS::Queue}\n";
    String json = "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\n"
        + "  \"Q\": {\"Metadata\": {\"Note\": \"\uD83C\uDF89\uD83C\uDF89 𝔸\"}, \"Type\": \"AWS::SQS::Queue\"}}}\n";
    String java = "package a;\nclass C {\n  String a = \"\uD83C\uDF89\uD83C\uDF89\"; String b = \"after\";\n}\n";
    write("cols/template.yaml", yaml);
    write("cols/template.json", json);
    write("cols/C.java", java);
    Report report = lint();
    Finding y = findings(report, "LL991", "cols/template.yaml").stream().filter(f -> f.message().equals("type of Q")).findFirst().orElseThrow();
    assertThat(y.range()).isEqualTo(new TextRange(3, codePointColumn(yaml, "AWS::SQS"), 3,
        codePointColumn(yaml, "AWS::SQS") + "AWS::SQS::Queue".length()));
    Finding j = findings(report, "LL991", "cols/template.json").stream().filter(f -> f.message().equals("type of Q")).findFirst().orElseThrow();
    assertThat(j.range().startColumn()).isEqualTo(codePointColumn(json, "\"AWS::SQS"));
    assertThat(j.range().endColumn()).isEqualTo(codePointColumn(json, "\"AWS::SQS") + "\"AWS::SQS::Queue\"".length());
    Finding c = findings(report, "LL991", "cols/C.java").stream().filter(f -> f.message().equals("literal after")).findFirst().orElseThrow();
    assertThat(c.range().startColumn()).isEqualTo(codePointColumn(java, "\"after\""));
    assertThat(c.range().endColumn()).isEqualTo(codePointColumn(java, "\"after\"") + "\"after\"".length());
  }

  @Test
  void lexicalAndControlCharacterErrorsAreWhereTheParserSays() throws Exception {
    write("lex/Unterminated.java", "package a;\nclass U {\n  String s = \"never closed;\n}\n");
    write("lex/BadEscape.java", "package a;\nclass E {\n  String s = \"bad \\q escape\";\n}\n");
    write("ctl/template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n"
        + "    Type: AWS::SQS::Queue\n    Description: \uD83C\uDF89 a\u0007b\n");
    Report report = lint();
    Finding unterminated = findings(report, "LL001", "lex/Unterminated.java").get(0);
    assertThat(unterminated.range().startLine()).as(unterminated.message()).isEqualTo(3);
    assertThat(unterminated.range().startColumn()).as(unterminated.message()).isGreaterThan(1);
    Finding escape = findings(report, "LL001", "lex/BadEscape.java").get(0);
    assertThat(escape.range().startLine()).as(escape.message()).isEqualTo(3);
    assertThat(escape.range().startColumn()).as(escape.message()).isGreaterThan(1);
    Finding ctl = findings(report, "LL001", "ctl/template.yaml").get(0);
    // The bell is the 20th code point of line 5 ("    Description: " is 17, then 🎉, space, a).
    assertThat(ctl.range()).as(ctl.message()).isEqualTo(TextRange.at(5, 21));
    assertThat(ctl.message()).contains("U+0007");
  }

  @Test
  void anInvalidUtf8ByteIsPlacedInCodePoints() throws Exception {
    byte[] head = "AWSTemplateFormatVersion: '2010-09-09'\nDescription: \u00e9\u00e9\uD83C\uDF89 ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
    bytes[head.length] = (byte) 0xC3; // a lead byte followed by a newline: invalid
    bytes[head.length + 1] = '\n';
    write("bad-utf8/template.yaml", bytes);
    Report report = lint();
    Finding f = findings(report, "LL001", "bad-utf8/template.yaml").get(0);
    // "Description: " is 13 code points, then é é 🎉 and a space: the bad byte is the 18th.
    assertThat(f.range()).as(f.message()).isEqualTo(TextRange.at(2, 18));
  }

  // ---- item 21: paths do not depend on the locale ----

  /**
   * The same scan under {@code LC_ALL=C.UTF-8} and {@code LC_ALL=C} names the same files with
   * the same fingerprints. Under C, JDK 17 decodes file names as ASCII; the name's bytes are read
   * instead (the CLI jar's manifest opens java.base/sun.nio.fs; the forked JVM is given the same).
   */
  @Test
  void pathsAndFingerprintsAreTheSameUnderTheCLocale() throws Exception {
    write("caf\u00e9/template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n");
    write("caf\u00e9/src/\u00c4rger.java", "package a;\nclass \u00c4rger { String s = \"x\"; }\n");
    String utf8 = runUnderLocale("C.UTF-8");
    String ascii = runUnderLocale("C");
    assertThat(utf8).contains("LL991 caf\u00e9/template.yaml").contains("LL991 caf\u00e9/src/\u00c4rger.java");
    assertThat(ascii).isEqualTo(utf8);
  }

  private String runUnderLocale(String locale) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "--add-opens", "java.base/sun.nio.fs=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), FingerprintMain.class.getName(), dir.toString());
    builder.environment().put("LC_ALL", locale);
    builder.environment().put("LANG", locale);
    Process process = builder.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  /** Prints "rule path fingerprint" for each finding, in UTF-8 whatever the locale. */
  public static final class FingerprintMain {
    public static void main(String[] args) throws Exception {
      Path root = Path.of(args[0]);
      Report report = new Linter(List.of(new PointsAtValues())).run(LintRequest.of(root, root));
      var out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
      for (Finding f : report.findings()) out.println(f.ruleId() + " " + f.file().path() + " " + f.fingerprint());
    }
  }
}
