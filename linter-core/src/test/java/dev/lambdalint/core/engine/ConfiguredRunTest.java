package dev.lambdalint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.RuleOption;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What .lambdalint.yml does to a run: rules off, severities, options through the context. */
class ConfiguredRunTest {
  @TempDir Path dir;

  static final AtomicInteger CALLS = new AtomicInteger();

  @RuleInfo(id = "LL985", name = "budget", severity = Severity.WARNING, category = Category.LAMBDALINT,
      summary = "Reports its budget option")
  static final class Budget implements Rule {
    static final RuleOption<Integer> BUDGET = RuleOption.wholeNumber("budgetPercent", 80, 1, 100, "the budget");

    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      CALLS.incrementAndGet();
      sink.report(template.root(), "budget " + context.option(BUDGET));
      sink.report(template.root().keyNode("Resources").orElseThrow(), Severity.NOTE, "a note variant");
    }
  }

  @RuleInfo(id = "LL986", name = "build-facts", severity = Severity.NOTE, category = Category.LAMBDALINT,
      summary = "Reports the build facts it sees")
  static final class Facts implements Rule {
    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      sink.report(template.root(), "facts " + context.build().packageBudgetPercent() + " "
          + context.build().packagedArtifact(template.directory()).map(p -> p.getFileName().toString()).orElse("-"));
    }
  }

  private final Linter linter = new Linter(List.of(new Budget(), new Facts()));

  private List<Finding> lint(String yaml) throws Exception {
    Files.writeString(dir.resolve("template.yaml"), "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n");
    LintConfig config = LintConfig.parse(dir.resolve(".lambdalint.yml"), yaml, linter.rules());
    return linter.run(new LintRequest(List.of(dir), dir, config)).findings().stream()
        .filter(f -> f.ruleId().equals("LL985")).toList();
  }

  @Test
  void optionsReachTheRuleThroughItsContext() throws Exception {
    assertThat(lint("").get(0).message()).isEqualTo("budget 80");
    assertThat(lint("rules: {LL985: {options: {budgetPercent: 70}}}").get(0).message()).isEqualTo("budget 70");
  }

  @Test
  void aConfiguredSeverityReplacesEverySeverityTheRuleReports() throws Exception {
    assertThat(lint("").stream().map(Finding::severity)).containsExactly(Severity.WARNING, Severity.NOTE);
    assertThat(lint("rules: {budget: {severity: error}}").stream().map(Finding::severity))
        .containsExactly(Severity.ERROR, Severity.ERROR);
  }

  @Test
  void aDisabledRuleDoesNotRun() throws Exception {
    int before = CALLS.get();
    assertThat(lint("rules: {LL985: {enabled: false}}")).isEmpty();
    assertThat(CALLS.get()).isEqualTo(before);
  }

  @Test
  void anOptionNameTheRuleDoesNotDeclareIsAnErrorWithTheNearestName() {
    assertThatThrownBy(() -> lint("rules:\n  LL985:\n    options:\n      budgetPrcent: 70\n"))
        .isInstanceOf(LintException.class)
        .hasMessageContaining(".lambdalint.yml:4:21: unknown option 'budgetPrcent' of rule LL985; did you mean 'budgetPercent'?");
  }

  @Test
  void aBadOptionStopsTheRunWithFileAndLineInsteadOfARuleFailure() {
    assertThatThrownBy(() -> lint("rules:\n  LL985:\n    options: {budgetPercent: 170}\n"))
        .isInstanceOf(LintException.class)
        .hasMessageContaining(".lambdalint.yml:3:30: option 'budgetPercent' of rule LL985 must be a whole number from 1 to 100");
  }

  @Test
  void anOptionForARuleThatDeclaresNoneIsAnError() {
    assertThatThrownBy(() -> lint("rules:\n  build-facts: {options: {budgetPercent: 70}}\n"))
        .isInstanceOf(LintException.class)
        .hasMessageContaining(".lambdalint.yml:2:42: unknown option 'budgetPercent' of rule LL986; it takes no options");
  }

  @Test
  void buildFactsReachTheRulesThroughTheRequest() throws Exception {
    Files.writeString(dir.resolve("template.yaml"), "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n");
    LintRequest request = new LintRequest(List.of(dir), dir, LintConfig.defaults());
    BuildFacts facts = BuildFacts.NONE.withPackageBudgetPercent(60)
        .withPackagedArtifact(dir.resolve("sub/.."), dir.resolve("target/app.jar"));
    assertThat(messageOf(linter.run(request))).isEqualTo("facts OptionalInt.empty -");
    assertThat(messageOf(linter.run(request.withBuild(facts)))).isEqualTo("facts OptionalInt[60] app.jar");
    assertThat(request.withBuild(facts).withConfig(LintConfig.defaults()).build()).isEqualTo(facts);
  }

  @Test
  void aBuildBudgetOutsideOneToAHundredIsRefused() {
    assertThatThrownBy(() -> BuildFacts.NONE.withPackageBudgetPercent(0))
        .isInstanceOf(dev.lambdalint.core.config.ConfigException.class)
        .hasMessage("the package budget must be a whole number of percent from 1 to 100, not 0");
    assertThatThrownBy(() -> BuildFacts.NONE.withPackageBudgetPercent(101)).hasMessageContaining("not 101");
  }

  @RuleInfo(id = "LL987", name = "undeclared", severity = Severity.NOTE, category = Category.LAMBDALINT,
      summary = "Reads an option it does not declare")
  static final class Undeclared implements Rule {
    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      sink.report(template.root(), "limit " + context.option(RuleOption.wholeNumber("limit", 3, 1, 9, "not a field")));
    }
  }

  @Test
  void anOptionTheRuleDoesNotDeclareIsTheRulesBugNotADefault() throws Exception {
    Files.writeString(dir.resolve("template.yaml"), "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n");
    List<Finding> findings = new Linter(List.of(new Undeclared())).run(LintRequest.of(dir, dir)).findings();
    assertThat(findings).extracting(Finding::ruleId).containsExactly("LL002");
    assertThat(findings.get(0).message()).contains("rule LL987 (undeclared) failed",
        "option limit is not a static final field of a rule of this run");
  }

  private static String messageOf(Report report) {
    return report.findings().stream().filter(f -> f.ruleId().equals("LL986")).findFirst().orElseThrow().message();
  }
}
