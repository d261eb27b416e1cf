package dev.lambdalint.core.engine;

import dev.lambdalint.core.graph.SystemGraph;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.suppress.Suppressed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one run: findings in {@link Finding#ORDER}, the rules that ran (sorted by id,
 * for SARIF's {@code tool.driver.rules}), and what was read. {@code findings} are the ones that
 * count; {@code suppressed} are those a suppression or the baseline covers (kept, so reports can
 * show them as suppressed), in the same order. {@code graph} is the system's graph when the run was
 * asked to draw it ({@link SystemGraph}), for the reports that show it.
 */
public record Report(
    Path root,
    List<Finding> findings,
    List<RuleMeta> rules,
    int templateCount,
    int javaFileCount,
    String toolVersion,
    List<Suppressed> suppressed,
    Optional<SystemGraph> graph) {

  public Report {
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
    suppressed = List.copyOf(suppressed);
    graph = graph == null ? Optional.empty() : graph;
  }

  /** A report without the system's graph. */
  public Report(Path root, List<Finding> findings, List<RuleMeta> rules, int templateCount, int javaFileCount,
      String toolVersion, List<Suppressed> suppressed) {
    this(root, findings, rules, templateCount, javaFileCount, toolVersion, suppressed, Optional.empty());
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
    return new Report(root, active, rules, templateCount, javaFileCount, toolVersion, sorted, graph);
  }

  /** The same run with the graph of the system it read (for reports that draw it). */
  public Report withGraph(SystemGraph value) {
    return new Report(root, findings, rules, templateCount, javaFileCount, toolVersion, suppressed, Optional.of(value));
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
