package dev.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.report.Reporters;
import dev.lambdalint.core.template.Template;
import dev.lambdalint.fixtures.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secret never leaves lambdalint: the bad fixtures of the secret rules (full of secrets) are
 * linted and every output format — text, JSON, SARIF, GitHub annotations — plus anything written
 * to stdout/stderr meanwhile is searched for each secret value, and for any 8 characters of one
 * in a row (a mask shows at most 4). Parse errors (LL001) and rule failures (LL002) whose
 * underlying messages quote a secret are checked the same way.
 */
class SecretMaskingTest {
  private static final Linter LINTER = Linter.withInstalledRules();

  /** Every secret value written into the bad fixtures of LL103, LL301 and LL302. */
  private static final List<String> SECRETS = List.of(
      "AKIAZ7QW3RT5YU2PLM4N",
      "ASIAQ4XK9LMN2BV7CD3E",
      "kT9vQ2mXz7Lp4RwS8nBc1YdF6gHj3KaE5uVo0iN",
      "Tr0ub4dor-and-3-horses",
      "Tr0ub4dor-and-4-horses",
      "Wh1sper-Quiet-77",
      "Wh1sper-Loud-88",
      "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
      "xoxb-2938475610-9876543210-ZyXwVuTsRqPoNmLk",
      "sk_live_51HxYz2LkP9qRsTuVwXyZ0aB",
      "q8Wm2Zr5Tn7Yx4Vb1Lc9",
      "q8Wm2Zr5Tn7Yx4Vb1Lc0",
      "MIIEowIBAAKCAQEA7yqZ",
      "J4va-Jdbc-Pa55",
      "Param-Default-S3cret-99",
      "Param-Default-S3cret-98",
      "Cl13nt-S3cret-Value-42",
      "L0cal-Pa55word-Value",
      "xoxb-2938475610-9876543210-AbCdEfGhIjKl",
      "Mixed_Case_Value_9f8e7d",
      "K3yst0re-Pa55word");

  private static final List<String> SECRET_RULES = List.of("LL103", "LL301", "LL302");

  private static List<Path> badCases() {
    return Fixtures.cases().stream()
        .filter(c -> SECRET_RULES.contains(c.ruleId()) && !c.isGood())
        .map(Fixtures.Case::directory)
        .toList();
  }

  @Test
  void theFixturesReallyHoldEverySecretAndTheRulesFindThem() throws Exception {
    StringBuilder inputs = new StringBuilder();
    for (Path dir : badCases()) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(Files::isRegularFile).forEach(f -> inputs.append(read(f)).append('\n'));
      }
    }
    assertThat(SECRETS).allSatisfy(s -> assertThat(inputs).as("a bad fixture holds %s", s).contains(s));
    Report report = lint(badCases());
    assertThat(report.findings()).extracting(f -> f.ruleId()).contains("LL103", "LL301", "LL302");
  }

  @Test
  void noOutputFormatShowsASecret() throws Exception {
    List<Path> cases = badCases();
    Captured run = captured(() -> lint(cases));
    assertNoSecretIn("stdout/stderr while linting", run.streams());
    for (String format : Reporters.formats()) {
      assertNoSecretIn(format, render(run.report(), format));
    }
  }

  @Test
  void aTemplateOrJavaFileThatFailsToParseDoesNotEchoItsSecret(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("broken.yaml"), """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Environment: {Variables: {KEY: "AKIAZ7QW3RT5YU2PLM4N" "Tr0ub4dor-and-3-horses"}}
        """);
    Files.writeString(dir.resolve("broken.json"),
        "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\"Fn\": AKIAZ7QW3RT5YU2PLM4N}}\n");
    Files.writeString(dir.resolve("Broken.java"),
        "class Broken { String key = \"AKIAZ7QW3RT5YU2PLM4N\" \"Tr0ub4dor-and-3-horses\"; }\n");
    Captured run = captured(() -> LINTER.run(LintRequest.of(dir, dir)));
    assertThat(run.report().findings()).extracting(f -> f.ruleId()).containsOnly("LL001").hasSize(3);
    assertNoSecretIn("stdout/stderr while linting", run.streams());
    for (String format : Reporters.formats()) {
      assertNoSecretIn(format + " (parse errors)", render(run.report(), format));
    }
  }

  @Test
  void aRuleFailureWhoseExceptionQuotesASecretDoesNotEchoIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("template.yaml"), """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          Topic:
            Type: AWS::SNS::Topic
        """);
    Files.writeString(dir.resolve("A.java"), "class A {}\n");
    Linter linter = new Linter(List.of(new LeakyRule()));
    Captured run = captured(() -> linter.run(LintRequest.of(dir, dir)));
    assertThat(run.report().findings()).extracting(f -> f.ruleId()).contains("LL002");
    assertNoSecretIn("stdout/stderr while linting", run.streams());
    for (String format : Reporters.formats()) {
      assertNoSecretIn(format + " (rule failure)", render(run.report(), format));
    }
  }

  @Test
  void theMaskCutsBetweenCodePointsNeverThroughAnEmoji() {
    // 16 code points (20 UTF-16 units): four are shown, and the fourth is a whole emoji
    String emoji = "\uD83D\uDE00";
    String secret = "pw" + emoji + emoji + "abcdefghijkl";
    assertThat(secret.codePointCount(0, secret.length())).isEqualTo(16);
    assertThat(dev.lambdalint.rules.secrets.SecretPatterns.mask(secret)).isEqualTo("pw" + emoji + emoji + "****");
    // 8 code points: two shown; a cut by UTF-16 units would keep "p" and half the emoji
    String shorter = "p" + emoji + "abcdef";
    assertThat(dev.lambdalint.rules.secrets.SecretPatterns.mask(shorter)).isEqualTo("p" + emoji + "****");
    // two characters shown are two emoji (four units), not one emoji (two units)
    String twelve = emoji + emoji + emoji + "abcdefghi";
    assertThat(dev.lambdalint.rules.secrets.SecretPatterns.mask(twelve)).isEqualTo(emoji + emoji + "****");
    for (String s : List.of(secret, shorter, twelve)) {
      String masked = dev.lambdalint.rules.secrets.SecretPatterns.mask(s);
      assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(masked)).as("no half character in %s", masked).isTrue();
    }
  }

  @Test
  void aSecretHoldingAnEmojiIsMaskedWholeAndEveryFormatIsWritten(@TempDir Path dir) throws Exception {
    // 9 code points, 10 UTF-16 units: a mask by units kept "p" and half of the emoji
    String secret = "p\uD83D\uDE00Kq7vZx3";
    Files.writeString(dir.resolve("template.yaml"), """
        AWSTemplateFormatVersion: '2010-09-09'
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Handler: a.B::handleRequest
              Runtime: java17
              Environment:
                Variables:
                  DB_PASSWORD: "%s"
        """.formatted(secret), StandardCharsets.UTF_8);
    Report report = LINTER.run(LintRequest.of(dir, dir));
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("LL301")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("(p\uD83D\uDE00****)").doesNotContain(secret));
    for (String format : Reporters.formats()) {
      Path file = dir.resolve("out." + format);
      dev.lambdalint.core.report.AtomicOutput.write(file, out -> Reporters.forFormat(format).write(report, out));
      String written = Files.readString(file, StandardCharsets.UTF_8); // throws on malformed UTF-8
      assertThat(written).as(format).isNotEmpty().doesNotContain("Kq7vZx3").doesNotContain("p?****");
    }
  }

  /**
   * Item 17 of issue 18: a secret finding's fingerprint is derived from the masked line, so the
   * same line with another secret of the same mask (short secrets show no character at all) has
   * the same fingerprint — a reader of the report has nothing to test guesses against.
   */
  @Test
  void secretFindingsHaveTheSameFingerprintWhateverSecretHidesBehindTheSameMask(@TempDir Path dir) throws Exception {
    Map<String, String> first = secretFingerprints(dir.resolve("a"), "pw12345", "Zq9!xw2Lp0", "Tr0ub4dor-and-3-horses");
    Map<String, String> second = secretFingerprints(dir.resolve("b"), "hunter2", "Zq7?mm1Kk4", "Tr0ub4dor-and-9-donkeys");
    assertThat(first).containsOnlyKeys("LL103", "LL301", "LL302");
    assertThat(second).isEqualTo(first);
  }

  /** Lints one template and one Java file holding the given secrets; the fingerprint of each secret rule's finding. */
  private static Map<String, String> secretFingerprints(Path dir, String envSecret, String parameterDefault, String javaSecret)
      throws Exception {
    Files.createDirectories(dir.resolve("src/main/java/app"));
    Files.writeString(dir.resolve("template.yaml"), """
        AWSTemplateFormatVersion: '2010-09-09'
        Transform: AWS::Serverless-2016-10-31
        Parameters:
          DbPassword:
            Type: String
            NoEcho: true
            Default: "%s"
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Handler: app.Handler::handleRequest
              Runtime: java17
              Environment:
                Variables:
                  DB_PASSWORD: "%s"
        """.formatted(parameterDefault, envSecret));
    Files.writeString(dir.resolve("src/main/java/app/Handler.java"), """
        package app;
        class Handler {
          private static final String DB_PASSWORD = "%s";
        }
        """.formatted(javaSecret));
    Report report = LINTER.run(LintRequest.of(dir, dir));
    Map<String, String> result = new java.util.TreeMap<>();
    report.findings().stream().filter(f -> SECRET_RULES.contains(f.ruleId()))
        .forEach(f -> assertThat(result.put(f.ruleId(), f.fingerprint())).as("one finding of %s", f.ruleId()).isNull());
    return result;
  }

  /** A broken rule whose exceptions quote a secret, as a careless message might. */
  @RuleInfo(id = "LL999", name = "leaky-test-rule", severity = Severity.ERROR, category = Category.SECURITY,
      summary = "A test rule that fails with a secret in its message", securitySeverity = "1.0")
  public static final class LeakyRule implements Rule {
    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      throw new IllegalStateException("cannot read value 'AKIAZ7QW3RT5YU2PLM4N'");
    }

    @Override
    public void checkJava(JavaSource source, LintContext context, FindingSink sink) {
      throw new IllegalArgumentException("bad literal \"Tr0ub4dor-and-3-horses\"");
    }
  }

  private static void assertNoSecretIn(String what, String output) {
    Map<String, String> leaks = new LinkedHashMap<>();
    for (String secret : SECRETS) {
      if (output.contains(secret)) {
        leaks.put(secret, secret);
        continue;
      }
      // a public shape prefix (sk_live_, ghp_, xoxb-, AKIA) is no leak; 8 characters of the rest are
      String body = secret.replaceFirst("^(sk_live_|ghp_|xoxb-|AKIA|ASIA)", "");
      for (int i = 0; i + 8 <= body.length(); i++) {
        String part = body.substring(i, i + 8);
        if (output.contains(part)) {
          leaks.put(secret, part);
          break;
        }
      }
    }
    List<String> lines = new ArrayList<>();
    output.lines().filter(l -> leaks.values().stream().anyMatch(l::contains)).forEach(lines::add);
    assertThat(leaks).as("%s output shows (part of) a secret in:%n%s", what, String.join("\n", lines)).isEmpty();
  }

  private static Report lint(List<Path> cases) {
    try {
      return LINTER.run(LintRequest.of(Fixtures.rulesRoot(), cases.toArray(Path[]::new)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String render(Report report, String format) throws IOException {
    StringWriter out = new StringWriter();
    Reporters.forFormat(format).write(report, out);
    return out.toString();
  }

  private record Captured(Report report, String streams) {}

  private interface Run {
    Report run() throws Exception;
  }

  /** Runs {@code run} with stdout and stderr captured: whatever lambdalint logs is output too. */
  private static synchronized Captured captured(Run run) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      Report report = run.run();
      return new Captured(report, bytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
