package dev.lambdalint.core.engine;

import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.RelatedLocation;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.suppress.Suppressed;
import dev.lambdalint.core.suppress.Suppression;
import dev.lambdalint.core.suppress.SuppressionScanner;
import dev.lambdalint.core.suppress.Suppressions;
import dev.lambdalint.core.graph.SystemGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
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
    Set<SourceFile> holdingFindings = new HashSet<>();
    for (Finding f : deduplicated) {
      if (!config.isEnabled(f.ruleId()) || !isReported(f, scope)) continue;
      findings.add(config.severity(f.ruleId()).map(f::withSeverity).orElse(f));
      holdingFindings.add(f.file());
    }

    // A reported finding may lie in a file read only for context (a cdk.out template's finding,
    // moved to its CDK source): that file's suppressions apply to it, but are not reported unused.
    SuppressionScanner scanner = new SuppressionScanner(allRules);
    List<Suppression> suppressions = new ArrayList<>();
    for (Document<?> d : documents) {
      if (scope.isReported(d.file()) || holdingFindings.contains(d.file())) {
        suppressions.addAll(d.suppressions(texts.lines(d.file()), scanner));
      }
    }
    Suppressions.Outcome outcome = Suppressions.apply(findings, suppressions,
        id -> ranRules.contains(id) && config.isEnabled(id), allRules);

    List<Finding> all = new ArrayList<>(outcome.active());
    if (config.isEnabled(BuiltinRules.UNUSED_SUPPRESSION.id())) {
      for (Finding f : outcome.unused()) {
        if (scope.isReported(f.file())) all.add(config.severity(f.ruleId()).map(f::withSeverity).orElse(f));
      }
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

  /**
   * One report from the reports of the batches a large run was checked in ({@link ProjectBatches}):
   * each batch's files are its own, so its findings were assembled, suppressed and fingerprinted
   * in it; here they are put in report order and the counts added up.
   */
  static Report merge(Path root, Collection<Report> parts, List<RuleMeta> allRules) {
    List<Finding> findings = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    int templates = 0;
    int javaFiles = 0;
    SystemGraph graph = null;
    for (Report part : parts) {
      findings.addAll(part.findings());
      suppressed.addAll(part.suppressed());
      templates += part.templateCount();
      javaFiles += part.javaFileCount();
      if (part.graph().isPresent()) graph = graph == null ? part.graph().get() : graph.union(part.graph().get());
    }
    findings.sort(Finding.ORDER);
    suppressed.sort(Comparator.comparing(Suppressed::finding, Finding.ORDER));
    Report report = new Report(root, findings, allRules, templates, javaFiles, Version.current(), suppressed);
    return graph == null ? report : report.withGraph(graph);
  }

  /** Whether the scope reports {@code f}: its file is reported, or a related place of it is (the cdk.out line it was found on). */
  private static boolean isReported(Finding f, ScanScope scope) {
    if (scope.isReported(f.file())) return true;
    for (RelatedLocation r : f.related()) {
      if (scope.isReported(r.location().file())) return true;
    }
    return false;
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
    Location location = inCodePoints(f.location(), texts);
    List<RelatedLocation> related = new ArrayList<>(f.related().size());
    boolean same = location == f.location();
    for (RelatedLocation r : f.related()) {
      Location l = inCodePoints(r.location(), texts);
      same &= l == r.location();
      related.add(l == r.location() ? r : new RelatedLocation(l, r.message()));
    }
    return same ? f : new Finding(f.rule(), f.severity(), f.message(), location, f.fingerprint(), related);
  }

  private static Location inCodePoints(Location l, SourceTexts texts) {
    var range = texts.toCodePoints(l.file(), l.range());
    return range == l.range() ? l : new Location(l.file(), range, l.logicalPath(), l.logicalId());
  }

  /** Ids of the rules that run under {@code config}, builtins included. */
  static Set<String> ranRules(List<RuleMeta> allRules, LintConfig config) {
    return allRules.stream().map(RuleMeta::id).filter(config::isEnabled).collect(Collectors.toUnmodifiableSet());
  }
}
