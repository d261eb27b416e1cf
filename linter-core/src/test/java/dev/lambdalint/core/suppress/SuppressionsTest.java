package dev.lambdalint.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppressions as users write them, through the engine. */
class SuppressionsTest {
  @TempDir Path dir;

  @RuleInfo(id = "LL981", name = "every-declaration", severity = Severity.WARNING, category = Category.LAMBDALINT,
      summary = "Reports every method and variable")
  static final class EveryDeclaration implements Rule {
    @Override
    public void checkJava(JavaSource source, LintContext context, FindingSink sink) {
      source.unit().findAll(MethodDeclaration.class).forEach(m -> sink.report(source.location(m.getName()), "method " + m.getNameAsString()));
      source.unit().findAll(Parameter.class).forEach(p -> sink.report(source.location(p.getName()), "parameter " + p.getNameAsString()));
      source.unit().findAll(VariableDeclarator.class).forEach(v -> sink.report(source.location(v.getName()), "variable " + v.getNameAsString()));
    }
  }

  @RuleInfo(id = "LL982", name = "every-resource-type", severity = Severity.ERROR, category = Category.LAMBDALINT,
      summary = "Reports every resource at its Type")
  static final class EveryResourceType implements Rule {
    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      for (Resource r : template.resources()) r.node().get("Type").ifPresent(t -> sink.report(t, "resource " + r.logicalId()));
    }
  }

  private Report lint(LintConfig config) throws Exception {
    return new Linter(List.of(new EveryDeclaration(), new EveryResourceType()))
        .run(new LintRequest(List.of(dir), dir, config));
  }

  private Report lint() throws Exception {
    return lint(LintConfig.defaults());
  }

  private static List<String> lines(List<Finding> findings) {
    return findings.stream().map(f -> f.range().startLine() + " " + f.ruleId() + " " + f.message()).toList();
  }

  private static List<String> suppressedLines(Report report) {
    return report.suppressed().stream()
        .map(s -> s.finding().range().startLine() + " " + s.finding().ruleId() + " [" + s.justification() + "]").toList();
  }

  @Test
  void javaAnnotationsCoverTheirDeclaration() throws Exception {
    Files.writeString(dir.resolve("A.java"), """
        class A {
          @SuppressWarnings("lambdalint:LL981 generated accessors")
          void covered() {
            int inside = 1;
          }

          @SuppressWarnings({"unchecked", "lambdalint:every-declaration"})
          int field = 2;

          void open(@SuppressWarnings("lambdalint:LL981") int parameter) {
            @SuppressWarnings(value = "lambdalint:LL981") int local = 3;
            int reported = 4;
          }
        }
        """);
    Report report = lint();
    assertThat(lines(report.findings())).containsExactly("10 LL981 method open", "12 LL981 variable reported");
    assertThat(suppressedLines(report)).containsExactly(
        "3 LL981 [generated accessors]", "4 LL981 [generated accessors]", "8 LL981 []", "10 LL981 []", "11 LL981 []");
    assertThat(report.suppressed()).allSatisfy(s -> assertThat(s.kind()).isEqualTo(Suppressed.Kind.IN_SOURCE));
  }

  @Test
  void commentsCoverTheirLineOrTheNextLineOfCode() throws Exception {
    Files.writeString(dir.resolve("B.java"), """
        class B {
          void m() {
            int a = 1; // lambdalint:ignore LL981 trailing covers this line
            // lambdalint:ignore every-declaration -- alone covers the next line of code

            int b = 2;
            int c = 3;
            int d = 4; /* lambdalint:ignore: LL981 block comment */
          }
        }
        """);
    Report report = lint();
    assertThat(lines(report.findings())).containsExactly("2 LL981 method m", "7 LL981 variable c");
    assertThat(suppressedLines(report)).containsExactly(
        "3 LL981 [trailing covers this line]", "6 LL981 [alone covers the next line of code]",
        "8 LL981 [block comment]");
  }

  @Test
  void yamlCommentsAndTemplateMetadataCoverTemplateFindings() throws Exception {
    Files.writeString(dir.resolve("template.yaml"), """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          Topic:
            Type: AWS::SNS::Topic # lambdalint:ignore LL982 shared topic
          Queue:
            # lambdalint:ignore every-resource-type
            Type: AWS::SQS::Queue
          Fn:
            Type: AWS::Serverless::Function
            Metadata:
              lambdalint:
                ignore:
                  - LL982 owned by another team
          Bucket:
            Type: AWS::S3::Bucket
            Metadata:
              lambdalint:
                ignore: [{rule: every-resource-type, reason: legacy}]
          Table:
            Type: AWS::DynamoDB::Table
        """);
    Report report = lint();
    assertThat(lines(report.findings())).containsExactly("20 LL982 resource Table");
    assertThat(suppressedLines(report)).containsExactly(
        "4 LL982 [shared topic]", "7 LL982 []", "9 LL982 [owned by another team]", "15 LL982 [legacy]");
  }

  @Test
  void jsonTemplatesUseMetadataOnly() throws Exception {
    Files.writeString(dir.resolve("template.json"), """
        {"AWSTemplateFormatVersion": "2010-09-09",
         "Resources": {
           "Topic": {"Type": "AWS::SNS::Topic", "Metadata": {"lambdalint": {"ignore": ["LL982"]}}},
           "Queue": {"Type": "AWS::SQS::Queue", "Description": "# lambdalint:ignore LL982 is text here"}
         }}
        """);
    Report report = lint();
    assertThat(lines(report.findings())).containsExactly("4 LL982 resource Queue");
    assertThat(suppressedLines(report)).containsExactly("3 LL982 []");
  }

  @Test
  void suppressionsThatMatchNothingOrNameNoRuleAreLL003Notes() throws Exception {
    Files.writeString(dir.resolve("template.yaml"), """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          Topic:
            Type: AWS::SNS::Topic # lambdalint:ignore LL982
            Properties: {} # lambdalint:ignore LL982 stale
            Metadata: {lambdalint: {ignore: [LL9999]}}
        """);
    Files.writeString(dir.resolve("C.java"), """
        class C {
          // lambdalint:ignore
          // lambdalint:ignore no-such-rule because
        }
        """);
    Report report = lint();
    assertThat(lines(report.findings())).containsExactly(
        "2 LL003 this lambdalint:ignore comment names no rule; write the rule's id after it, e.g. LL101, then an optional reason",
        "3 LL003 this lambdalint:ignore comment names 'no-such-rule', which is no lambdalint rule; use a rule id or name from `lambdalint rules`",
        "5 LL003 this lambdalint:ignore comment of LL982 (every-resource-type) matches no finding; remove it",
        "6 LL003 this Metadata lambdalint ignore names 'LL9999', which is no lambdalint rule; use a rule id or name from `lambdalint rules`");
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.NOTE));
    assertThat(report.findings().get(2).range().startColumn()).isEqualTo(20);
  }

  @Test
  void disabledRulesLeaveTheirSuppressionsAloneAndLL003CanBeTurnedOff() throws Exception {
    Files.writeString(dir.resolve("template.yaml"), """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          Topic:
            Type: AWS::SNS::Topic # lambdalint:ignore LL982
            Properties: {} # lambdalint:ignore LL981
        """);
    LintConfig offRule = LintConfig.parse(dir.resolve(".lambdalint.yml"), "rules: {LL981: off}\n",
        new Linter(List.of(new EveryDeclaration(), new EveryResourceType())).rules());
    assertThat(lint(offRule).findings()).isEmpty();
    LintConfig offNotes = LintConfig.parse(dir.resolve(".lambdalint.yml"), "rules: {unused-suppression: off}\n",
        new Linter(List.of(new EveryDeclaration(), new EveryResourceType())).rules());
    assertThat(lint(offNotes).findings()).isEmpty();
    assertThat(lines(lint().findings())).singleElement().asString().startsWith("5 LL003");
  }

  @Test
  void aFindingKeepsItsFingerprintWhetherOrNotItIsSuppressed() throws Exception {
    Path file = dir.resolve("D.java");
    Files.writeString(file, "class D {\n  void m() {}\n}\n");
    String before = lint().findings().get(0).fingerprint();
    Files.writeString(file, "class D {\n  // lambdalint:ignore LL981 fine\n  void m() {}\n}\n");
    Report after = lint();
    assertThat(after.findings()).isEmpty();
    assertThat(after.suppressed().get(0).finding().fingerprint()).isEqualTo(before);
  }

  @RuleInfo(id = "LL986", name = "always-fails", severity = Severity.NOTE, category = Category.LAMBDALINT,
      summary = "Throws on every Java file")
  static final class AlwaysFails implements Rule {
    @Override
    public void checkJava(JavaSource source, LintContext context, FindingSink sink) {
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void whereARuleFailedItsSuppressionsAreNotCalledUnused() throws Exception {
    Files.writeString(dir.resolve("F.java"), "class F {\n  // lambdalint:ignore LL986 covered if it worked\n  void m() {}\n}\n");
    Report report = new Linter(List.of(new AlwaysFails())).run(LintRequest.of(dir, dir));
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("LL002");
  }

  @Test
  void parseErrorsCannotBeSuppressed() throws Exception {
    Files.writeString(dir.resolve("E.java"), "class E { // lambdalint:ignore LL001\n  void (\n}\n");
    Report report = lint();
    assertThat(report.findings()).extracting(Finding::ruleId).contains("LL001");
    assertThat(report.suppressed()).isEmpty();
  }
}
