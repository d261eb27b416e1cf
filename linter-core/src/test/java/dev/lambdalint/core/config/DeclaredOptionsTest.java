package dev.lambdalint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.RuleOption;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.report.RuleReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule's options are declared on it (name, type, default, range); what a user writes is checked against them. */
class DeclaredOptionsTest {
  @TempDir Path dir;

  @RuleInfo(id = "LL980", name = "tunable", severity = Severity.WARNING, category = Category.LAMBDALINT,
      summary = "Has options")
  static final class Tunable {
    static final RuleOption<Integer> BUDGET = RuleOption.wholeNumber("budgetPercent", 80, 1, 100, "the budget");
    static final RuleOption<Boolean> STRICT = RuleOption.bool("strict", false, "also the doubtful cases");
    static final RuleOption<String> SUFFIX = RuleOption.string("suffix", "-dlq", "the queue name's ending");
    /** Not a declaration: not static final. */
    RuleOption<Integer> instanceField = RuleOption.wholeNumber("ignored", 1, 1, 1, "not read");
  }

  @RuleInfo(id = "LL981", name = "plain", severity = Severity.NOTE, category = Category.LAMBDALINT,
      summary = "Has no options")
  static final class Plain {}

  @RuleInfo(id = "LL982", name = "twice", severity = Severity.NOTE, category = Category.LAMBDALINT,
      summary = "Declares a name twice")
  static final class Twice {
    static final RuleOption<Integer> A = RuleOption.wholeNumber("limit", 1, 1, 9, "one");
    static final RuleOption<Integer> B = RuleOption.wholeNumber("limit", 2, 1, 9, "two");
  }

  private static final RuleMeta TUNABLE = RuleMeta.of(Tunable.class);
  private static final RuleMeta PLAIN = RuleMeta.of(Plain.class);

  private RuleOptions written(String id, String options) {
    LintConfig config = LintConfig.parse(dir.resolve(".lambdalint.yml"),
        "rules:\n  " + id + ":\n    options: " + options + "\n", List.of(TUNABLE, PLAIN));
    return config.options(id);
  }

  private String validationError(String id, String options) {
    RuleOptions written = written(id, options);
    List<RuleOption<?>> declared = (id.equals("LL980") ? TUNABLE : PLAIN).options();
    try {
      written.validate(declared);
    } catch (ConfigException e) {
      return e.getMessage();
    }
    throw new AssertionError("no error for " + options);
  }

  @Test
  void theRegistryFindsTheStaticFinalDeclarationsSortedByName() {
    assertThat(TUNABLE.options()).extracting(RuleOption::name).containsExactly("budgetPercent", "strict", "suffix");
    assertThat(TUNABLE.options()).containsExactly(Tunable.BUDGET, Tunable.STRICT, Tunable.SUFFIX);
    assertThat(PLAIN.options()).isEmpty();
    assertThatThrownBy(() -> RuleMeta.of(Twice.class)).hasMessageContaining("LL982 declares option limit twice");
  }

  @Test
  void aDeclarationIsCheckedWhenMade() {
    assertThatThrownBy(() -> RuleOption.wholeNumber("budgetPercent", 0, 1, 100, "the budget"))
        .hasMessageContaining("default 0 outside 1..100");
    assertThatThrownBy(() -> RuleOption.bool("Strict", true, "x")).hasMessageContaining("camelCase");
    assertThatThrownBy(() -> RuleOption.bool("strict", true, " ")).hasMessageContaining("needs a description");
  }

  @Test
  void valuesAreReadThroughTheDeclarationWithTheDeclaredDefault() {
    RuleOptions options = written("LL980", "{budgetPercent: 70, strict: true}");
    options.validate(TUNABLE.options());
    assertThat(options.value(Tunable.BUDGET)).isEqualTo(70);
    assertThat(options.value(Tunable.STRICT)).isTrue();
    assertThat(options.value(Tunable.SUFFIX)).isEqualTo("-dlq");
    assertThat(RuleOptions.NONE.value(Tunable.BUDGET)).isEqualTo(80);
    assertThat(RuleOptions.of("LL980", Map.of("budgetPercent", 90)).value(Tunable.BUDGET)).isEqualTo(90);
  }

  @Test
  void anUnknownNameNamesFileLineColumnAndTheNearestDeclaredName() {
    assertThat(validationError("LL980", "{budgetPrecent: 70}"))
        .isEqualTo(dir.resolve(".lambdalint.yml") + ":3:30: unknown option 'budgetPrecent' of rule LL980;"
            + " did you mean 'budgetPercent'?");
    assertThat(validationError("LL980", "{colour: red}"))
        .endsWith("unknown option 'colour' of rule LL980; it takes budgetPercent, strict, suffix");
    assertThat(validationError("LL981", "{budgetPercent: 70}"))
        .endsWith(":3:30: unknown option 'budgetPercent' of rule LL981; it takes no options");
  }

  @Test
  void aValueOfTheWrongTypeOrOutOfRangeNamesWhereItWasWritten() {
    assertThat(validationError("LL980", "{budgetPercent: seventy}"))
        .endsWith(":3:30: option 'budgetPercent' of rule LL980 must be a whole number from 1 to 100, not 'seventy'");
    assertThat(validationError("LL980", "{budgetPercent: 170}"))
        .endsWith(":3:30: option 'budgetPercent' of rule LL980 must be a whole number from 1 to 100, not 170");
    assertThat(validationError("LL980", "{budgetPercent: 70.5}")).contains("must be a whole number from 1 to 100, not 70.5");
    assertThat(validationError("LL980", "{strict: 'yes'}")).endsWith("option 'strict' of rule LL980 must be true or false, not 'yes'");
    assertThat(validationError("LL980", "{suffix: [a]}")).endsWith("option 'suffix' of rule LL980 must be a string, not a list");
    assertThatThrownBy(() -> RuleOptions.of("LL980", Map.of("budgetPercent", 5_000_000_000L)).value(Tunable.BUDGET))
        .hasMessageContaining("must be a whole number from 1 to 100, not 5000000000");
  }

  @Test
  void theReferenceListsEachOptionWithTypeRangeAndDefault() {
    assertThat(RuleReference.options(TUNABLE)).isEqualTo("""
        Options, set in `.lambdalint.yml` (`rules: {LL980: {options: {budgetPercent: 80}}}`):

        - `budgetPercent` (whole number, 1–100, default 80): the budget.
        - `strict` (boolean, default false): also the doubtful cases.
        - `suffix` (string, default '-dlq'): the queue name's ending.""");
    assertThat(RuleReference.options(PLAIN)).isEmpty();
  }
}
