package dev.lambdalint.core.report;

import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Severity;

/** The one-line summary every human-facing output ends with. */
public final class Summary {
  private Summary() {}

  public static String of(Report report) {
    String scanned = "in " + plural(report.templateCount(), "template") + " and "
        + plural(report.javaFileCount(), "Java file");
    if (report.findings().isEmpty()) return "No findings " + scanned + ".";
    return plural(report.findings().size(), "finding") + " ("
        + plural(report.count(Severity.ERROR), "error") + ", "
        + plural(report.count(Severity.WARNING), "warning") + ", "
        + plural(report.count(Severity.NOTE), "note") + ") " + scanned + ".";
  }

  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
