package dev.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.fixtures.ExpectationParser;
import dev.lambdalint.fixtures.FixtureHarness;
import dev.lambdalint.fixtures.Fixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture case of every rule, fixture in, findings out: exactly the findings the case marks
 * with {@code expect:} must appear, no more, no fewer.
 */
class FixtureTest {
  private static final Linter LINTER = Linter.withInstalledRules();

  @TestFactory
  Stream<DynamicTest> everyFixtureCase() {
    FixtureHarness harness = new FixtureHarness(LINTER);
    return Fixtures.cases().stream().filter(FixtureTest::selected).map(c -> DynamicTest.dynamicTest(c.toString(), c.directory().toUri(), () -> {
      boolean marksItsRule = ExpectationParser.parseCase(c.directory()).stream()
          .anyMatch(e -> e.ruleId().equals(c.ruleId()));
      if (c.isGood()) {
        assertThat(marksItsRule).as("good case %s must not expect %s", c, c.ruleId()).isFalse();
      } else {
        assertThat(marksItsRule).as("bad case %s must expect at least one %s", c, c.ruleId()).isTrue();
      }
      FixtureHarness.Outcome outcome = harness.check(c.directory(), c.ruleId());
      assertThat(outcome.passed()).as("%s:%s", c, outcome.describe()).isTrue();
    }));
  }

  /** {@code -Dlambdalint.fixtures=LL1,LL303/bad} runs only the cases starting with one of those prefixes. */
  private static boolean selected(Fixtures.Case c) {
    String only = System.getProperty("lambdalint.fixtures", "").strip();
    if (only.isEmpty()) return true;
    for (String prefix : only.split(",")) {
      if (c.toString().startsWith(prefix.strip())) return true;
    }
    return false;
  }
}
