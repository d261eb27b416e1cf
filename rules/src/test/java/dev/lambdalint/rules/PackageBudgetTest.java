package dev.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.config.RuleOptions;
import dev.lambdalint.core.engine.BuildFacts;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.fixtures.Fixtures;
import dev.lambdalint.fixtures.GeneratedArtifacts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LL401's budget is the user's: the near-the-limit warnings move with it, the limits do not. */
class PackageBudgetTest {

  private static List<Finding> ll401(LintConfig config) throws Exception {
    return ll401("bad-oversize-packages", config);
  }

  private static List<Finding> ll401(String fixtureCase, LintConfig config) throws Exception {
    return ll401(fixtureCase, config, dir -> BuildFacts.NONE);
  }

  /** LL401's findings on a fixture case, with the build facts a build tool would state for its folder. */
  private static List<Finding> ll401(String fixtureCase, LintConfig config, java.util.function.Function<Path, BuildFacts> build)
      throws Exception {
    try (GeneratedArtifacts artifacts = GeneratedArtifacts.materialise(
        Fixtures.rulesRoot().resolve("LL401").resolve(fixtureCase))) {
      return Linter.withInstalledRules()
          .run(new LintRequest(List.of(artifacts.directory()), artifacts.directory(), config)
              .withBuild(build.apply(artifacts.directory())))
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

  @Test
  void aBuildsBudgetWinsOverTheConfigurationFile() throws Exception {
    // The Maven plugin's packageBudgetPercent: a build fact, not a rule option the plugin writes.
    assertThat(ll401("good-small-or-remote-packages", budget(90), dir -> BuildFacts.NONE.withPackageBudgetPercent(40)))
        .extracting(f -> f.range().startLine() + " " + f.severity()).containsExactly("13 WARNING");
    assertThat(ll401(budget(40)).stream().map(Finding::message).toList())
        .isEqualTo(ll401("bad-oversize-packages", LintConfig.defaults(), dir -> BuildFacts.NONE.withPackageBudgetPercent(40))
            .stream().map(Finding::message).toList());
  }

  @Test
  void theArtifactTheBuildPackagedForAFolderIsWhatIsMeasured() throws Exception {
    // SourceFolder's CodeUri is the case's folder; the build says it packaged build/layer.zip (100 MB) for it.
    List<Finding> findings = ll401("good-small-or-remote-packages", budget(30),
        dir -> BuildFacts.NONE.withPackagedArtifact(dir, dir.resolve("build/layer.zip")));
    assertThat(findings).extracting(f -> f.range().startLine() + " " + f.message()).containsExactly(
        "13 SmallZip's package build/small.zip is 102.0 MB unzipped (code 2.0 MB + 1 local layer 100.0 MB),"
            + " 40% of Lambda's 250 MB limit (budget 30%); trim it before it stops deploying",
        "18 SourceFolder's package build/layer.zip is 100.0 MB unzipped,"
            + " 40% of Lambda's 250 MB limit (budget 30%); trim it before it stops deploying");
    // A packaged artifact that is not there (the build was cleaned) leaves the folder to be measured as before.
    assertThat(ll401("good-small-or-remote-packages", budget(30),
        dir -> BuildFacts.NONE.withPackagedArtifact(dir, dir.resolve("target/gone.jar"))))
        .extracting(f -> f.range().startLine()).containsExactly(13);
  }
}
