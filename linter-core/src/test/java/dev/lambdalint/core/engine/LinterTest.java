package dev.lambdalint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's contract, with small rules written for the test. */
class LinterTest {
  private static final String TEMPLATE = """
      AWSTemplateFormatVersion: '2010-09-09'
      Resources:
        Topic:
          Type: AWS::SNS::Topic
      """;

  @TempDir Path dir;

  @RuleInfo(id = "LL990", name = "every-template", severity = Severity.WARNING, category = Category.LAMBDALINT,
      summary = "Reports every template at its first resource")
  static final class EveryTemplate implements Rule {
    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      template.root().keyNode("Resources").ifPresent(k -> sink.report(k, "template " + template.file().path()));
    }
  }

  @RuleInfo(id = "LL991", name = "always-throws", severity = Severity.NOTE, category = Category.LAMBDALINT,
      summary = "Throws on every template")
  static final class AlwaysThrows implements Rule {
    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      sink.report(template.root(), "lost: the rule did not finish");
      throw new IllegalStateException("boom");
    }
  }

  @RuleInfo(id = "LL992", name = "reports-globals-once", severity = Severity.NOTE, category = Category.LAMBDALINT,
      summary = "Reports the same place twice")
  static final class ReportsTwice implements Rule {
    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      template.root().keyNode("Resources").ifPresent(k -> {
        sink.report(k, "inherited by function A");
        sink.report(k, "inherited by function B");
      });
    }
  }

  @RuleInfo(id = "LL994", name = "runs-out-of-memory", severity = Severity.NOTE, category = Category.LAMBDALINT,
      summary = "Exhausts the heap on every template")
  static final class RunsOutOfMemory implements Rule {
    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @RuleInfo(id = "LL995", name = "throws-an-error", severity = Severity.NOTE, category = Category.LAMBDALINT,
      summary = "Throws a linkage error on every template")
  static final class ThrowsAnError implements Rule {
    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      throw new NoClassDefFoundError("com/example/Missing");
    }
  }

  private Report lint(Rule... rules) throws LintException {
    return new Linter(List.of(rules)).run(LintRequest.of(dir, dir));
  }

  @RuleInfo(id = "LL993", name = "names-handlers", severity = Severity.NOTE, category = Category.LAMBDALINT,
      summary = "Reports which handler each function links to")
  static final class NamesHandlers implements Rule {
    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      template.functions().forEach(f -> sink.report(f.keyNode(), context.handlerOf(f)
          .map(h -> h.source().file().path() + " " + h.displayName()).orElse("none")));
    }
  }

  @Test
  void eachFunctionLinksToTheHandlerClassUnderItsOwnCodeUri() throws Exception {
    String template = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties: {CodeUri: code, Runtime: java21, Handler: app.Handler::handleRequest}
          Missing:
            Type: AWS::Serverless::Function
            Properties: {CodeUri: code, Runtime: java21, Handler: app.Nowhere::handleRequest}
          Python:
            Type: AWS::Serverless::Function
            Properties: {CodeUri: code, Runtime: python3.12, Handler: app.Handler}
        """;
    String handler = "package app; public class Handler { public String handleRequest(Object in) { return \"\"; } }";
    for (String project : List.of("one", "two")) {
      Files.createDirectories(dir.resolve(project + "/code/src/main/java/app"));
      Files.writeString(dir.resolve(project + "/template.yaml"), template);
      Files.writeString(dir.resolve(project + "/code/src/main/java/app/Handler.java"), handler);
    }

    Report report = lint(new NamesHandlers());

    assertThat(report.findings()).extracting(f -> f.file().path() + ": " + f.message()).containsExactly(
        "one/template.yaml: one/code/src/main/java/app/Handler.java Handler.handleRequest",
        "one/template.yaml: none",
        "one/template.yaml: none",
        "two/template.yaml: two/code/src/main/java/app/Handler.java Handler.handleRequest",
        "two/template.yaml: none",
        "two/template.yaml: none");
  }

  @Test
  void whateverElseARuleThrowsEvenAnErrorIsLL002AndTheRunGoesOn() throws Exception {
    Files.writeString(dir.resolve("a.yaml"), TEMPLATE);

    Report report = lint(new EveryTemplate(), new ThrowsAnError());

    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("LL002", "LL990");
    assertThat(report.findings()).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("LL995", "NoClassDefFoundError"));
  }

  @Test
  void theHeapRunningOutInARuleEndsTheRunInsteadOfBecomingAFinding() throws Exception {
    // An LL002 and exit 1 would tell the user the code was at fault; the heap was.
    Files.writeString(dir.resolve("a.yaml"), TEMPLATE);

    assertThatThrownBy(() -> lint(new EveryTemplate(), new RunsOutOfMemory(), new ThrowsAnError()))
        .isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
  }

  @Test
  void aRuleThatThrowsGivesLL002OnThatFileAndTheOtherRulesStillRun() throws Exception {
    Files.writeString(dir.resolve("a.yaml"), TEMPLATE);
    Files.writeString(dir.resolve("b.yaml"), TEMPLATE);

    Report report = lint(new EveryTemplate(), new AlwaysThrows());

    assertThat(report.findings()).extracting(Finding::ruleId, f -> f.file().path())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("LL002", "a.yaml"),
            org.assertj.core.groups.Tuple.tuple("LL990", "a.yaml"),
            org.assertj.core.groups.Tuple.tuple("LL002", "b.yaml"),
            org.assertj.core.groups.Tuple.tuple("LL990", "b.yaml"));
    Finding failure = report.findings().get(0);
    assertThat(failure.message()).contains("LL991", "always-throws", "IllegalStateException", "boom");
    assertThat(failure.range().startLine()).isEqualTo(1);
    assertThat(failure.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void oneBrokenTemplateAmongGoodOnesGivesOneLL001AndTheOthersAreStillChecked() throws Exception {
    Files.writeString(dir.resolve("good.yaml"), TEMPLATE);
    Files.writeString(dir.resolve("template.yaml"), "Resources:\n  A: [unclosed\n");

    Report report = lint(new EveryTemplate());

    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("LL990", "LL001");
    assertThat(report.findings().get(1).file().path()).isEqualTo("template.yaml");
    assertThat(report.templateCount()).isEqualTo(1);
  }

  @Test
  void findingsAtTheSamePlaceByTheSameRuleAreReportedOnce() throws Exception {
    Files.writeString(dir.resolve("t.yaml"), TEMPLATE);
    assertThat(lint(new ReportsTwice()).findings()).hasSize(1);
  }

  @Test
  void buildOutputAndVcsFoldersAreNotRead() throws Exception {
    for (String skipped : List.of("target", "build", ".git", "node_modules", ".aws-sam")) {
      Files.createDirectories(dir.resolve(skipped));
      Files.writeString(dir.resolve(skipped).resolve("template.yaml"), TEMPLATE);
    }
    Files.createDirectories(dir.resolve("cdk.out"));
    Files.writeString(dir.resolve("cdk.out/Stack.template.json"),
        "{\"Resources\": {\"T\": {\"Type\": \"AWS::SNS::Topic\"}}}");

    Report report = lint(new EveryTemplate());

    assertThat(report.findings()).extracting(f -> f.file().path()).containsExactly("cdk.out/Stack.template.json");
  }

  @Test
  void aPathThatDoesNotExistIsAnErrorNotAnEmptyReport() {
    assertThatThrownBy(() -> new Linter(List.of()).run(LintRequest.of(dir, dir.resolve("missing"))))
        .isInstanceOf(LintException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void aSymlinkLoopDoesNotTrapTheWalk() throws Exception {
    Files.writeString(dir.resolve("t.yaml"), TEMPLATE);
    Files.createDirectories(dir.resolve("sub"));
    try {
      Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
    } catch (UnsupportedOperationException | IOException e) {
      return; // no symlinks on this file system
    }
    assertThat(lint(new EveryTemplate()).findings()).hasSize(1);
  }

  @Test
  void theSameInputGivesTheSameFindingsAndFingerprints() throws Exception {
    for (int i = 0; i < 20; i++) Files.writeString(dir.resolve("t" + i + ".yaml"), TEMPLATE);
    Report first = lint(new EveryTemplate());
    Report second = lint(new EveryTemplate());
    assertThat(second.findings()).isEqualTo(first.findings());
    assertThat(first.findings()).extracting(Finding::fingerprint).doesNotContainNull().doesNotHaveDuplicates();
  }

  @Test
  void fingerprintsDoNotChangeWhenUnrelatedLinesMove() throws Exception {
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, TEMPLATE);
    Finding before = lint(new EveryTemplate()).findings().get(0);
    Files.writeString(file, "# a comment\n\nDescription: moved down\n" + TEMPLATE);
    Finding after = lint(new EveryTemplate()).findings().get(0);

    assertThat(after.range().startLine()).isEqualTo(before.range().startLine() + 3);
    assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
  }

  @Test
  void reportListsBuiltinDiagnosticsAndEveryRuleSortedById() throws Exception {
    Files.writeString(dir.resolve("t.yaml"), TEMPLATE);
    assertThat(lint(new AlwaysThrows(), new EveryTemplate()).rules())
        .extracting(r -> r.id()).containsExactly("LL001", "LL002", "LL003", "LL990", "LL991");
  }

  @Test
  void parseOnlyReadsAndParsesWhatARunWouldAndRunsNoRule() throws Exception {
    Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
    Files.writeString(dir.resolve("Good.java"), "class Good {}\n");
    Files.writeString(dir.resolve("Bad.java"), "class Bad {\n");
    Linter.ParseSummary parsed = new Linter(List.of(new AlwaysThrows())).parseOnly(LintRequest.of(dir, dir));
    assertThat(parsed).isEqualTo(new Linter.ParseSummary(1, 1, 1));
  }

  @Test
  void theWarmUpRunsInTheBackgroundAndChangesNoReport() throws Exception {
    Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
    Report before = lint(new EveryTemplate());
    Linter.warmUp();
    Report after = lint(new EveryTemplate());
    assertThat(after.findings()).isEqualTo(before.findings());
  }
}
