package dev.lambdalint.core.report;

import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.suppress.Suppressed;

/** The one-line summary every human-facing output ends with. */
public final class Summary {
  private Summary() {}

  public static String of(Report report) {
    String scanned = "in " + plural(report.templateCount(), "template") + " and "
        + plural(report.javaFileCount(), "Java file");
    String line;
    if (report.findings().isEmpty()) {
      line = "No findings " + scanned + ".";
    } else {
      line = plural(report.findings().size(), "finding") + " ("
          + plural(report.count(Severity.ERROR), "error") + ", "
          + plural(report.count(Severity.WARNING), "warning") + ", "
          + plural(report.count(Severity.NOTE), "note") + ") " + scanned + ".";
    }
    return line + suppressed(report);
  }

  /** " 3 suppressed (2 in source, 1 in the baseline)." or "" when nothing was suppressed. */
  static String suppressed(Report report) {
    if (report.suppressed().isEmpty()) return "";
    long inSource = report.countSuppressed(Suppressed.Kind.IN_SOURCE);
    long baseline = report.countSuppressed(Suppressed.Kind.EXTERNAL);
    String detail;
    if (baseline == 0) {
      detail = "in source";
    } else if (inSource == 0) {
      detail = "in the baseline";
    } else {
      detail = inSource + " in source, " + baseline + " in the baseline";
    }
    return " " + report.suppressed().size() + " suppressed (" + detail + ").";
  }

  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
