package dev.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.RuleRegistry;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.suppress.SuppressionHelp;
import dev.lambdalint.fixtures.Fixtures;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What every rule owes its users: stable ids, docs with examples, good and bad fixtures. */
class RuleRegistryTest {
  private static final List<RuleMeta> RULES = Linter.withInstalledRules().rules();

  @Test
  void theFoundationRulesAreInstalled() {
    assertThat(RULES).extracting(RuleMeta::id).contains("LL001", "LL002", "LL101", "LL303");
  }

  @Test
  void idsAndNamesAreUniqueAndSorted() {
    List<String> ids = RULES.stream().map(RuleMeta::id).toList();
    assertThat(ids).doesNotHaveDuplicates().isSorted();
    assertThat(RULES).extracting(RuleMeta::name).doesNotHaveDuplicates();
  }

  @Test
  void summariesAreOneSentenceWithoutTrailingPeriod() {
    assertThat(RULES).allSatisfy(r -> {
      assertThat(r.summary()).as(r.id()).isNotBlank().doesNotEndWith(".").hasSizeLessThan(200);
      assertThat(Character.isUpperCase(r.summary().charAt(0))).as(r.id() + " starts with a capital").isTrue();
    });
  }

  @Test
  void everyRuleHasDocsWithNonCompliantAndCompliantExamples() {
    assertThat(RULES).allSatisfy(r -> {
      assertThat(r.docs()).as(r.id() + " docs").startsWith("# " + r.id() + " " + r.name());
      assertThat(r.docs()).as(r.id() + " docs").contains("## Non-compliant", "## Compliant", "```");
    });
  }

  @Test
  void everyRulePageEndsItsSuppressingSectionWithTheOneGeneratedParagraph() {
    List<RuleRegistry.RegisteredRule> installed = RuleRegistry.installed(getClass().getClassLoader()).rules();
    assertThat(installed).hasSizeGreaterThan(30).allSatisfy(registered -> {
      RuleMeta r = registered.meta();
      assertThat(r.docs()).as(r.id()).contains("## Suppressing\n").containsOnlyOnce(SuppressionHelp.paragraph(r.id()));
      // The page beside the rule says when to suppress; the syntax is written once, in SuppressionHelp.
      String written = RuleMeta.readDocs(registered.rule().getClass(), r.id()).orElseThrow();
      assertThat(written).as(r.id() + ".md repeats the suppression syntax").doesNotContain("lambdalint:ignore");
    });
  }

  @Test
  void securityRulesCarryASecuritySeverityGitHubAccepts() {
    assertThat(RULES).filteredOn(RuleMeta::isSecurityRule).allSatisfy(r -> {
      double value = Double.parseDouble(r.securitySeverity());
      assertThat(value).as(r.id()).isBetween(0.1, 10.0);
    });
  }

  @Test
  void everyRuleHasBadAndGoodFixtures() {
    Set<String> withBad = Fixtures.cases().stream().filter(c -> !c.isGood()).map(Fixtures.Case::ruleId).collect(Collectors.toSet());
    Set<String> withGood = Fixtures.cases().stream().filter(Fixtures.Case::isGood).map(Fixtures.Case::ruleId).collect(Collectors.toSet());
    // LL002 needs a rule that throws, which no shipped rule may do: LinterTest covers it.
    assertThat(RULES).filteredOn(r -> !r.id().equals("LL002")).allSatisfy(r -> {
      assertThat(withBad).as(r.id() + " has a bad-… fixture case").contains(r.id());
      assertThat(withGood).as(r.id() + " has a good-… fixture case").contains(r.id());
    });
  }
}
