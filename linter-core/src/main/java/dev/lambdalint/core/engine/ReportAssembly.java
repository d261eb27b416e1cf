package dev.lambdalint.core.engine;

import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.suppress.Suppressed;
import dev.lambdalint.core.suppress.Suppression;
import dev.lambdalint.core.suppress.SuppressionScanner;
import dev.lambdalint.core.suppress.Suppressions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The last steps of a run, after the rules: the user's severities, suppressions (covered
 * findings kept as {@link Suppressed}, unused suppressions reported as LL003), the scope filter
 * for files given one by one, and fingerprints — computed for suppressed findings too, so a
 * finding keeps its identity whether or not it is suppressed.
 */
final class ReportAssembly {
  private ReportAssembly() {}

  static Report assemble(Path root, List<Finding> deduplicated, List<Document<?>> documents, SourceTexts texts,
      LintConfig config, ScanScope scope, List<RuleMeta> allRules, Set<String> ranRules) {
    List<Finding> findings = new ArrayList<>();
    for (Finding f : deduplicated) {
      if (!config.isEnabled(f.ruleId()) || !scope.isReported(f.file())) continue;
      findings.add(config.severity(f.ruleId()).map(f::withSeverity).orElse(f));
    }

    SuppressionScanner scanner = new SuppressionScanner(allRules);
    List<Suppression> suppressions = new ArrayList<>();
    for (Document<?> d : documents) {
      if (scope.isReported(d.file())) suppressions.addAll(d.suppressions(texts.lines(d.file()), scanner));
    }
    Suppressions.Outcome outcome = Suppressions.apply(findings, suppressions,
        id -> ranRules.contains(id) && config.isEnabled(id), allRules);

    List<Finding> all = new ArrayList<>(outcome.active());
    if (config.isEnabled(BuiltinRules.UNUSED_SUPPRESSION.id())) {
      for (Finding f : outcome.unused()) all.add(config.severity(f.ruleId()).map(f::withSeverity).orElse(f));
    }
    Map<Finding, Suppressed> suppressedBy = new IdentityHashMap<>();
    for (Suppressed s : outcome.suppressed()) {
      suppressedBy.put(s.finding(), s);
      all.add(s.finding());
    }
    all.sort(Finding.ORDER);
    List<Finding> fingerprinted = Fingerprints.assign(all, texts);

    List<Finding> active = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Suppressed s = suppressedBy.get(all.get(i));
      Finding reported = inCodePoints(fingerprinted.get(i), texts);
      if (s == null) {
        active.add(reported);
      } else {
        suppressed.add(new Suppressed(reported, s.kind(), s.justification()));
      }
    }
    return new Report(root, active, allRules, count(documents, FrontEnd.Counted.TEMPLATE),
        count(documents, FrontEnd.Counted.JAVA_SOURCE), Version.current(), suppressed);
  }

  /** How many documents the summary counts as {@code kind}. */
  static int count(List<Document<?>> documents, FrontEnd.Counted kind) {
    return (int) documents.stream().filter(d -> d.frontEnd().counted() == kind).count();
  }

  /**
   * Columns are UTF-16 indexes inside a run (Java strings, JavaParser, Jackson, the line scans of
   * suppressions) and code points in every report, the unit the SARIF report declares ({@code columnKind}).
   * The mapping keeps the order of columns on a line, so the sorted order stays sorted.
   */
  private static Finding inCodePoints(Finding f, SourceTexts texts) {
    var range = texts.toCodePoints(f.file(), f.range());
    if (range == f.range()) return f;
    var l = f.location();
    return new Finding(f.rule(), f.severity(), f.message(),
        new dev.lambdalint.core.model.Location(l.file(), range, l.logicalPath(), l.logicalId()), f.fingerprint());
  }

  /** Ids of the rules that run under {@code config}, builtins included. */
  static Set<String> ranRules(List<RuleMeta> allRules, LintConfig config) {
    return allRules.stream().map(RuleMeta::id).filter(config::isEnabled).collect(Collectors.toUnmodifiableSet());
  }
}
