package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one run: findings in {@link Finding#ORDER}, the rules that ran (sorted by id,
 * for SARIF's {@code tool.driver.rules}), and what was read.
 */
public record Report(
    Path root,
    List<Finding> findings,
    List<RuleMeta> rules,
    int templateCount,
    int javaFileCount,
    String toolVersion) {

  public Report {
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** True when some finding is at least as severe as {@code threshold}. */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
