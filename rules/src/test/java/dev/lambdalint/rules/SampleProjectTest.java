package dev.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.fixtures.ExpectationParser;
import dev.lambdalint.fixtures.FixtureHarness;
import dev.lambdalint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The sample projects the README lints carry expect markers like the fixtures, and must match them. */
class SampleProjectTest {

  @TestFactory
  Stream<DynamicTest> everySampleProjectMatchesItsMarkers() throws IOException {
    FixtureHarness harness = new FixtureHarness(Linter.withInstalledRules());
    List<Path> projects;
    try (Stream<Path> dirs = Files.list(Fixtures.moduleRoot().resolve("projects"))) {
      projects = dirs.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(projects).isNotEmpty();
    return projects.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      String anyMarkedRule = ExpectationParser.parseCase(p).get(0).ruleId();
      FixtureHarness.Outcome outcome = harness.check(p, anyMarkedRule);
      assertThat(outcome.passed()).as(p + ":" + outcome.describe()).isTrue();
    }));
  }
}
