package dev.lambdalint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.RuleOption;
import dev.lambdalint.core.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintConfigTest {
  static final List<RuleMeta> RULES = List.of(
      rule("LL101", "client-in-handler", Severity.WARNING),
      rule("LL303", "wildcard-iam-action", Severity.ERROR),
      rule("LL401", "package-size-budget", Severity.WARNING));

  static final RuleOption<Integer> BUDGET = RuleOption.wholeNumber("budgetPercent", 80, 1, 100, "the budget");

  @TempDir Path dir;

  static RuleMeta rule(String id, String name, Severity severity) {
    return new RuleMeta(id, name, severity, Category.LAMBDALINT, "A test rule", List.of(), Precision.HIGH, null, "");
  }

  private LintConfig parse(String yaml) {
    return LintConfig.parse(dir.resolve(".lambdalint.yml"), yaml, RULES);
  }

  private String error(String yaml) {
    try {
      parse(yaml);
    } catch (ConfigException e) {
      return e.getMessage();
    }
    throw new AssertionError("no error for:\n" + yaml);
  }

  @Test
  void theIssueExampleDisablesRetunesAndSetsOptionsByIdOrName() {
    LintConfig config = parse("""
        rules:
          LL303: {enabled: false}
          client-in-handler: {severity: error}
          LL401: {options: {budgetPercent: 70}}
        exclude: ["**/generated/**"]
        """);
    assertThat(config.isEnabled("LL303")).isFalse();
    assertThat(config.isEnabled("LL101")).isTrue();
    assertThat(config.severity("LL101")).contains(Severity.ERROR);
    assertThat(config.severity("LL303")).isEmpty();
    assertThat(config.options("LL401").value(BUDGET)).isEqualTo(70);
    assertThat(config.options("LL101").value(BUDGET)).isEqualTo(80);
    assertThat(config.isIncluded(dir.resolve("src/generated/A.java"))).isFalse();
    assertThat(config.isIncluded(dir.resolve("generated/template.yaml"))).isFalse();
    assertThat(config.isIncluded(dir.resolve("src/main/A.java"))).isTrue();
  }

  @Test
  void shorthandsAndTopLevelFailOnAndBaseline() {
    LintConfig config = parse("""
        rules:
          LL303: off
          LL101: note
        failOn: warning
        baseline: build/lambdalint-baseline.json
        """);
    assertThat(config.isEnabled("LL303")).isFalse();
    assertThat(config.severity("LL101")).contains(Severity.NOTE);
    assertThat(config.failOn()).contains(Severity.WARNING);
    assertThat(config.baseline()).contains(dir.resolve("build/lambdalint-baseline.json").toAbsolutePath().normalize());
  }

  @Test
  void anEmptyFileIsTheDefaults() {
    LintConfig config = parse("");
    assertThat(config.isEnabled("LL303")).isTrue();
    assertThat(config.isIncluded(dir.resolve("any/where.yaml"))).isTrue();
    assertThat(parse("# only a comment\n").rules()).isEmpty();
  }

  @Test
  void unknownKeysAreErrorsWithFileLineAndSuggestion() {
    assertThat(error("rules:\n  LL101: {severity: error}\nexclud: [a]\n"))
        .startsWith(dir.resolve(".lambdalint.yml") + ":3:1: ")
        .contains("unknown key 'exclud'", "did you mean 'exclude'");
    assertThat(error("rules:\n  LL101:\n    enabld: false\n"))
        .contains(":3:5: ", "unknown key 'enabld' in the settings of rule LL101", "did you mean 'enabled'");
  }

  @Test
  void unknownRulesAreErrorsWithTheNearestRule() {
    assertThat(error("rules:\n  LL10: {enabled: false}\n"))
        .contains(":2:3: ", "unknown rule 'LL10'", "did you mean LL101 (client-in-handler)");
    assertThat(error("rules:\n  clinet-in-handler: off\n")).contains("did you mean LL101");
    assertThat(error("rules:\n  totally-different-thing: off\n")).contains("`lambdalint rules` lists them");
  }

  @Test
  void badValuesAreErrors() {
    assertThat(error("rules:\n  LL101: {severity: fatal}\n"))
        .contains(":2:21: ", "'severity' of rule LL101 must be error, warning or note, not a string 'fatal'");
    assertThat(error("rules:\n  LL101: {enabled: 'no'}\n")).contains("'enabled' of rule LL101 must be true or false");
    assertThat(error("rules:\n  LL101: 42\n")).contains(":2:10: ", "must be a mapping");
    assertThat(error("rules: [LL101]\n")).contains("'rules' must be a mapping, not a list");
    assertThat(error("exclude: [42]\n")).contains("each pattern in 'exclude' must be a non-empty string");
    assertThat(error("failOn: fatal\n")).contains("'failOn' must be error, warning or note");
    assertThat(error("rules:\n  LL101: {}\n  client-in-handler: off\n")).contains(":3:3: ", "configured twice");
    assertThat(error("rules:\n  LL101: {}\n  LL101: {}\n")).contains(":3:3: ", "duplicate key 'LL101'");
    assertThat(error("rules: {LL101: [\n")).contains("invalid YAML");
  }

  @Test
  void asOfPinsTheDateOfTheRunAndAFrontEndOverridesIt() {
    LintConfig config = parse("asOf: 2026-11-23\n");
    assertThat(config.asOf()).contains(java.time.LocalDate.of(2026, 11, 23));
    assertThat(config.today()).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
    assertThat(parse("asOf: '2027-01-02'\n").today()).isEqualTo(java.time.LocalDate.of(2027, 1, 2));
    assertThat(config.withAsOf(java.time.LocalDate.of(2030, 1, 1)).today()).isEqualTo(java.time.LocalDate.of(2030, 1, 1));
    assertThat(config.withAsOf(null).asOf()).isEqualTo(config.asOf());
    assertThat(config.withRule("LL101", new LintConfig.RuleSettings(false, null, RuleOptions.NONE)).asOf())
        .isEqualTo(config.asOf());
    assertThat(LintConfig.defaults().asOf()).isEmpty();
  }

  @Test
  void aBadAsOfIsAnErrorWithFileLineAndColumn() {
    assertThat(error("failOn: note\nasOf: 23/11/2026\n"))
        .contains(":2:7: ", "'asOf' must be a date written YYYY-MM-DD, not a string '23/11/2026'");
    assertThat(error("asOf: 2026-02-30\n")).contains(":1:7: ", "'asOf' is not a calendar date: '2026-02-30'");
    assertThat(error("asOf: 20261123\n")).contains(":1:7: ", "'asOf' must be a date written YYYY-MM-DD");
    assertThat(error("asof: 2026-11-23\n")).contains(":1:1: ", "unknown key 'asof'", "did you mean 'asOf'");
  }

  @Test
  void optionsOfTheWrongTypeNameFileLineAndOption() {
    LintConfig config = parse("rules:\n  LL401:\n    options:\n      budgetPercent: seventy\n      paths: [a, b]\n");
    RuleOptions options = config.options("LL401");
    assertThatThrownBy(() -> options.value(BUDGET))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(":4:22: ")
        .hasMessageContaining("option 'budgetPercent' of rule LL401 must be a whole number from 1 to 100, not 'seventy'");
    assertThatThrownBy(() -> options.validate(List.of(BUDGET)))
        .hasMessageContaining(":5:14: unknown option 'paths' of rule LL401; it takes budgetPercent");
    assertThatThrownBy(() -> RuleOptions.of("LL401", Map.of("budgetPercent", 170L)).value(BUDGET))
        .hasMessageContaining("a whole number from 1 to 100, not 170");
    assertThat(RuleOptions.of("LL401", Map.of("budgetPercent", 70.0)).value(BUDGET)).isEqualTo(70);
  }

  @Test
  void includesRestrictAndExcludesWin() {
    LintConfig config = parse("include: [services/]\nexclude: ['services/legacy/**', '*.generated.yaml']\n");
    assertThat(config.isIncluded(dir.resolve("services/orders/template.yaml"))).isTrue();
    assertThat(config.isIncluded(dir.resolve("tools/template.yaml"))).isFalse();
    assertThat(config.isIncluded(dir.resolve("services/legacy/template.yaml"))).isFalse();
    assertThat(config.isIncluded(dir.resolve("services/orders/x.generated.yaml"))).isFalse();
  }

  @Test
  void theNearestFileIsFoundUpwardsUpToTheRepositoryRoot() throws Exception {
    Path repo = dir.resolve("repo");
    Path deep = Files.createDirectories(repo.resolve("services/orders/src"));
    Files.createDirectories(repo.resolve(".git"));
    Files.writeString(dir.resolve(LintConfig.FILE_NAME), "rules: {}\n"); // above the repository: never read
    assertThat(LintConfig.find(deep)).isEmpty();
    Files.writeString(repo.resolve(LintConfig.FILE_NAME), "rules: {}\n");
    assertThat(LintConfig.find(deep)).contains(repo.resolve(LintConfig.FILE_NAME).toAbsolutePath());
    Files.writeString(repo.resolve("services/orders/.lambdalint.yaml"), "rules: {}\n");
    Path handler = Files.writeString(deep.resolve("Handler.java"), "class Handler {}");
    assertThat(LintConfig.find(handler)).contains(repo.resolve("services/orders/.lambdalint.yaml").toAbsolutePath());
  }

  @Test
  void loadReadsTheFileAndNamesItWhenMissing() throws Exception {
    Path file = Files.writeString(dir.resolve("custom.yml"), "rules:\n  LL303: {enabled: false}\n");
    assertThat(LintConfig.load(file, RULES).isEnabled("LL303")).isFalse();
    assertThatThrownBy(() -> LintConfig.load(dir.resolve("nope.yml"), RULES))
        .isInstanceOf(ConfigException.class).hasMessageContaining("nope.yml");
  }
}
