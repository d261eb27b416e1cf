package dev.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.config.RuleOptions;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.fixtures.Fixtures;
import dev.lambdalint.fixtures.GeneratedArtifacts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LL401's budget is the user's: the near-the-limit warnings move with it, the limits do not. */
class PackageBudgetTest {

  private static List<Finding> ll401(LintConfig config) throws Exception {
    return ll401("bad-oversize-packages", config);
  }

  private static List<Finding> ll401(String fixtureCase, LintConfig config) throws Exception {
    try (GeneratedArtifacts artifacts = GeneratedArtifacts.materialise(
        Fixtures.rulesRoot().resolve("LL401").resolve(fixtureCase))) {
      return Linter.withInstalledRules()
          .run(new LintRequest(List.of(artifacts.directory()), artifacts.directory(), config))
          .findings().stream().filter(f -> f.ruleId().equals("LL401")).toList();
    }
  }

  private static LintConfig budget(int percent) {
    return LintConfig.defaults().withRule("LL401", new LintConfig.RuleSettings(null, null,
        RuleOptions.of("LL401", Map.of("budgetPercent", percent))));
  }

  @Test
  void aHigherBudgetSilencesTheWarningsButNotTheLimits() throws Exception {
    List<Finding> byDefault = ll401(LintConfig.defaults());
    List<Finding> relaxed = ll401(budget(90));

    assertThat(byDefault).filteredOn(f -> f.severity() == Severity.WARNING).hasSize(2);
    assertThat(relaxed).filteredOn(f -> f.severity() == Severity.WARNING).isEmpty();
    assertThat(relaxed).filteredOn(f -> f.severity() == Severity.ERROR)
        .hasSameSizeAs(byDefault.stream().filter(f -> f.severity() == Severity.ERROR).toList()).hasSize(4);
  }

  @Test
  void aLowerBudgetWarnsEarlier() throws Exception {
    // SmallZip: 2 MB of code and a 100 MB layer, 102 MB of Lambda's 250 MB: 40 %.
    assertThat(ll401("good-small-or-remote-packages", LintConfig.defaults())).isEmpty();
    assertThat(ll401("good-small-or-remote-packages", budget(40)))
        .extracting(f -> f.range().startLine() + " " + f.severity()).containsExactly("13 WARNING");
  }
}
