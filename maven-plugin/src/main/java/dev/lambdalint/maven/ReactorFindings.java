package dev.lambdalint.maven;

import dev.lambdalint.core.engine.BuiltinRules;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.suppress.Suppressed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.MavenSession;

/**
 * What this build has reported so far. A template at the repository root is read by every module
 * its functions point into, but each finding is reported by the first module that finds it, so a
 * shared template's findings appear once, not once per module; and each SARIF file the build
 * writes holds every module's findings that went to it, so the default single file at the
 * execution root is the whole build's report, rewritten as each module finishes.
 */
final class ReactorFindings {
  /** One entry per running build; a build ends, the next gets a new start time. */
  private static final Map<String, ReactorFindings> BUILDS = new ConcurrentHashMap<>();

  private final Set<String> reported = ConcurrentHashMap.newKeySet();
  private final Map<Path, Report> reports = new HashMap<>();

  static ReactorFindings of(MavenSession session) {
    String build = session.getRequest().getStartTime().getTime() + "@"
        + session.getRequest().getMultiModuleProjectDirectory() + "#" + System.identityHashCode(session.getRequest());
    if (BUILDS.size() > 64) BUILDS.clear(); // a long-lived daemon (mvnd) runs many builds
    return BUILDS.computeIfAbsent(build, b -> new ReactorFindings());
  }

  /** The module's report with only the findings (and suppressed findings) no earlier module reported. */
  Report claim(Report report) {
    List<Finding> findings = report.findings().stream().filter(this::firstTime).toList();
    List<Suppressed> suppressed = report.suppressed().stream().filter(s -> firstTime(s.finding())).toList();
    return report.withFindings(findings, suppressed);
  }

  private boolean firstTime(Finding f) {
    return reported.add(BuiltinRules.identity(f));
  }

  /** Everything this build has sent to {@code file}, {@code module}'s findings included. */
  synchronized Report addToReport(Path file, Report module) {
    Report earlier = reports.get(file);
    Report merged = module;
    if (earlier != null) {
      List<Finding> findings = new ArrayList<>(earlier.findings());
      findings.addAll(module.findings());
      findings.sort(Finding.ORDER);
      List<Suppressed> suppressed = new ArrayList<>(earlier.suppressed());
      suppressed.addAll(module.suppressed());
      merged = new Report(earlier.root(), findings, earlier.rules(), earlier.templateCount() + module.templateCount(),
          earlier.javaFileCount() + module.javaFileCount(), earlier.toolVersion(), List.of())
          .withFindings(findings, suppressed);
      // The HTML report draws every module's system: the graphs are put together too.
      var graph = earlier.graph().map(g -> module.graph().map(g::union).orElse(g)).or(module::graph);
      if (graph.isPresent()) merged = merged.withGraph(graph.get());
    }
    reports.put(file, merged);
    return merged;
  }
}
