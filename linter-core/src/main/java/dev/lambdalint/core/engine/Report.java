package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.suppress.Suppressed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome of one run: findings in {@link Finding#ORDER}, the rules that ran (sorted by id,
 * for SARIF's {@code tool.driver.rules}), and what was read. {@code findings} are the ones that
 * count; {@code suppressed} are those a suppression or the baseline covers (kept, so reports can
 * show them as suppressed), in the same order.
 */
public record Report(
    Path root,
    List<Finding> findings,
    List<RuleMeta> rules,
    int templateCount,
    int javaFileCount,
    String toolVersion,
    List<Suppressed> suppressed) {

  public Report {
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
    suppressed = List.copyOf(suppressed);
  }

  /** A report without suppressed findings. */
  public Report(Path root, List<Finding> findings, List<RuleMeta> rules, int templateCount, int javaFileCount,
      String toolVersion) {
    this(root, findings, rules, templateCount, javaFileCount, toolVersion, List.of());
  }

  /** The same run with other findings and suppressed findings (for the baseline). */
  public Report withFindings(List<Finding> active, List<Suppressed> suppressedFindings) {
    List<Suppressed> sorted = new ArrayList<>(suppressedFindings);
    sorted.sort(Comparator.comparing(Suppressed::finding, Finding.ORDER));
    return new Report(root, active, rules, templateCount, javaFileCount, toolVersion, sorted);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** Suppressed findings of one kind. */
  public long countSuppressed(Suppressed.Kind kind) {
    return suppressed.stream().filter(s -> s.kind() == kind).count();
  }

  /** True when some finding is at least as severe as {@code threshold}. */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
