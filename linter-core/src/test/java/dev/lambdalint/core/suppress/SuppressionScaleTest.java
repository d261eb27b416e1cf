package dev.lambdalint.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.BuiltinRules;
import dev.lambdalint.core.java.JavaParsing;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.parse.LoadResult;
import dev.lambdalint.core.parse.TemplateLoader;
import dev.lambdalint.core.template.Template;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 15: 80,000 stand-alone {@code lambdalint:ignore} lines took 55 s and 1.6 GB, in Java
 * and YAML alike — each comment looked for the next line of code by scanning every comment after
 * it, and every finding was checked against every suppression. Growth is compared at two sizes in
 * one run (counts of lines looked at and sweep steps, not time), and the indexed coverage is
 * held against the question asked of every suppression.
 */
class SuppressionScaleTest {
  private static final Path ROOT = Path.of("/project").toAbsolutePath();
  private static final SuppressionScanner SCANNER = new SuppressionScanner(BuiltinRules.ALL);

  private static String javaText(int comments) {
    return "class Quiet {\n" + "  // lambdalint:ignore LL002 generated\n".repeat(comments) + "  void m() {}\n}\n";
  }

  private static String yamlText(int comments) {
    return "Resources:\n" + "  # lambdalint:ignore LL002 generated\n".repeat(comments)
        + "  Fn:\n    Type: AWS::Serverless::Function\n";
  }

  /** The parsed file and its lines, made before the timed scan. */
  private record Parsed(JavaSource java, Template template, List<String> lines) {
    List<Suppression> scan() {
      return scan(new long[1]);
    }

    List<Suppression> scan(long[] work) {
      return java != null ? SCANNER.java(java, lines, work) : SCANNER.template(template, lines, work);
    }
  }

  private static Parsed java(int comments) {
    SourceFile file = SourceFile.of(ROOT.resolve("Quiet.java"), ROOT);
    String text = javaText(comments);
    return new Parsed(new JavaParsing().parse(file, text).source().orElseThrow(), null, text.lines().toList());
  }

  private static Parsed yaml(int comments) {
    SourceFile file = SourceFile.of(ROOT.resolve("template.yaml"), ROOT);
    String text = yamlText(comments);
    LoadResult result = new TemplateLoader().load(file, text.getBytes(StandardCharsets.UTF_8));
    return new Parsed(null, Template.of(file, ((LoadResult.Loaded) result).root()), text.lines().toList());
  }

  private static List<Suppression> scanJava(int comments) {
    return java(comments).scan();
  }

  private static List<Suppression> scanYaml(int comments) {
    return yaml(comments).scan();
  }

  @Test
  void standAloneCommentsEachCoverTheNextLineOfCode() {
    List<Suppression> java = scanJava(3);
    assertThat(java).extracting(Suppression::fromLine).containsExactly(2, 3, 4);
    assertThat(java).extracting(Suppression::toLine).containsExactly(5, 5, 5);
    List<Suppression> yaml = scanYaml(3);
    assertThat(yaml).extracting(Suppression::toLine).containsExactly(5, 5, 5);
  }

  /** Four times the input, about four times the work; quadratic would be sixteen. */
  private static void assertNearLinear(long small, long large) {
    assertThat(small).isPositive();
    assertThat((double) large / small).as("work at 4× the size ÷ at 1× (%d, %d)", large, small).isBetween(3.0, 6.0);
  }

  @Test
  void manyStandAloneJavaCommentsScanInLinearTime() {
    long[] small = {0};
    long[] large = {0};
    assertThat(java(10_000).scan(small)).hasSize(10_000);
    assertThat(java(40_000).scan(large)).hasSize(40_000);
    assertNearLinear(small[0], large[0]);
  }

  @Test
  void manyStandAloneYamlCommentsScanInLinearTime() {
    long[] small = {0};
    long[] large = {0};
    assertThat(yaml(10_000).scan(small)).hasSize(10_000);
    assertThat(yaml(40_000).scan(large)).hasSize(40_000);
    assertNearLinear(small[0], large[0]);
  }

  private static final RuleMeta RULE = BuiltinRules.RULE_FAILURE;
  private static final RuleMeta OTHER = BuiltinRules.UNUSED_SUPPRESSION;

  private static Finding finding(RuleMeta rule, SourceFile file, int line, int column, String logicalId) {
    Location at = new Location(file, new TextRange(line, column, line, column + 1), null, logicalId);
    return new Finding(rule, rule.severity(), "m", at, null);
  }

  private static Suppression lines(String ruleId, SourceFile file, int from, int to) {
    return new Suppression(ruleId == null ? "x" : ruleId, ruleId, "r" + from, Location.of(file, new TextRange(from, 1, from, 2)),
        from, to, null, null, Suppression.Style.COMMENT);
  }

  /** {@code n} suppressions all covering line n+1, and {@code n} findings on it. */
  private static long applyMany(int n) {
    SourceFile file = SourceFile.of(ROOT.resolve("Quiet.java"), ROOT);
    List<Suppression> suppressions = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      suppressions.add(lines(RULE.id(), file, i, n + 1));
      findings.add(finding(RULE, file, n + 1, i, null));
    }
    boolean[] used = new boolean[n];
    long[] work = {0};
    Suppression[] by = Suppressions.coverage(findings, suppressions, used, work);
    assertThat(by[n - 1]).isSameAs(suppressions.get(0));
    assertThat(used[n - 1]).isTrue();
    return work[0];
  }

  @Test
  void manySuppressionsOfManyFindingsApplyInNearLinearTime() {
    assertNearLinear(applyMany(5_000), applyMany(20_000));
  }

  /** The index gives what asking every suppression about every finding gave, on random cases. */
  @Test
  void coverageAgreesWithAskingEverySuppression() {
    Random random = new Random(15);
    SourceFile[] files = {SourceFile.of(ROOT.resolve("A.java"), ROOT), SourceFile.of(ROOT.resolve("t.yaml"), ROOT)};
    RuleMeta[] rules = {RULE, OTHER, BuiltinRules.PARSE_ERROR};
    String[] ids = {null, "Fn", "Queue"};
    for (int round = 0; round < 300; round++) {
      List<Suppression> suppressions = new ArrayList<>();
      for (int i = random.nextInt(12); i > 0; i--) {
        SourceFile file = files[random.nextInt(2)];
        String rule = random.nextInt(8) == 0 ? null : rules[random.nextInt(3)].id();
        int from = 1 + random.nextInt(10);
        int kind = random.nextInt(3);
        Location where = Location.of(file, new TextRange(from, 1, from, 2));
        if (kind == 0) {
          suppressions.add(lines(rule, file, from, from + random.nextInt(3)));
        } else if (kind == 1) {
          TextRange declaration = new TextRange(from, 1 + random.nextInt(5), from + random.nextInt(4), 1 + random.nextInt(5));
          suppressions.add(new Suppression("x", rule, "", where, declaration.startLine(), declaration.endLine(), null,
              declaration, Suppression.Style.JAVA_ANNOTATION));
        } else {
          suppressions.add(new Suppression("x", rule, "", where, 0, 0, ids[1 + random.nextInt(2)], null,
              Suppression.Style.TEMPLATE_METADATA));
        }
      }
      List<Finding> findings = new ArrayList<>();
      for (int k = random.nextInt(12); k > 0; k--) {
        findings.add(finding(rules[random.nextInt(3)], files[random.nextInt(2)], 1 + random.nextInt(14),
            1 + random.nextInt(6), ids[random.nextInt(3)]));
      }
      boolean[] used = new boolean[suppressions.size()];
      Suppression[] by = Suppressions.coverage(findings, suppressions, used);
      for (int k = 0; k < findings.size(); k++) {
        Finding f = findings.get(k);
        Suppression expected = null;
        if (!f.ruleId().equals(BuiltinRules.PARSE_ERROR.id())) {
          expected = suppressions.stream().filter(s -> s.covers(f)).findFirst().orElse(null);
        }
        assertThat(by[k]).as("round %d finding %d", round, k).isSameAs(expected);
      }
      for (int i = 0; i < suppressions.size(); i++) {
        Suppression s = suppressions.get(i);
        boolean expected = findings.stream()
            .anyMatch(f -> !f.ruleId().equals(BuiltinRules.PARSE_ERROR.id()) && s.covers(f));
        assertThat(used[i]).as("round %d suppression %d", round, i).isEqualTo(expected);
      }
    }
  }
}
