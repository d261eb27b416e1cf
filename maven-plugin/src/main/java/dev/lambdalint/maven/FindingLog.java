package dev.lambdalint.maven;

import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.report.TerminalText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;

/** Findings in the build log the way Maven users read them: {@code [ERROR] file:line:col …}. */
final class FindingLog {
  private FindingLog() {}

  static void print(Log log, Report report) {
    Map<String, RuleMeta> rules = report.rules().stream().collect(Collectors.toMap(RuleMeta::id, Function.identity(), (a, b) -> a));
    // Errors and warnings first, notes after them, as the CLI's text report lists them.
    List<Finding> ordered = new ArrayList<>(report.findings());
    ordered.sort(Comparator.comparing((Finding f) -> f.severity() == Severity.NOTE));
    for (Finding f : ordered) {
      RuleMeta rule = rules.get(f.ruleId());
      // File names, messages and logical ids are user text: control characters (an ESC sequence,
      // a newline starting a forged log line) are shown escaped, as in the CLI's text report.
      String line = TerminalText.line(f.file().path() + ":" + f.range().startLine() + ":" + f.range().startColumn() + ": "
          + f.ruleId() + " " + f.message() + (rule == null ? "" : " (" + rule.name() + ")")
          + (f.location().logicalId() == null ? "" : " [" + f.location().logicalId() + "]"));
      switch (f.severity()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        default -> log.info(line);
      }
    }
  }

  static String summary(Report report, String sarif) {
    long total = report.findings().size();
    return "lambdalint: " + total + " finding" + (total == 1 ? "" : "s") + " ("
        + report.count(Severity.ERROR) + " error" + plural(report.count(Severity.ERROR)) + ", "
        + report.count(Severity.WARNING) + " warning" + plural(report.count(Severity.WARNING)) + ", "
        + report.count(Severity.NOTE) + " note" + plural(report.count(Severity.NOTE)) + ") in "
        + report.templateCount() + " template" + plural(report.templateCount()) + " and "
        + report.javaFileCount() + " Java file" + plural(report.javaFileCount())
        + (report.suppressed().isEmpty() ? "" : ", " + report.suppressed().size() + " suppressed")
        + "; SARIF: " + sarif;
  }

  private static String plural(long n) {
    return n == 1 ? "" : "s";
  }
}
