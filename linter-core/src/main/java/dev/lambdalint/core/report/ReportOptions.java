package dev.lambdalint.core.report;

/**
 * How a front end wants a report written; the options apply to the text format, every other
 * format ignores them (machine-read formats never carry colour, and always list every finding).
 *
 * @param colour ANSI colour in the text format; front ends turn it on only for a terminal (never
 *     for a file, nor when {@code NO_COLOR} is set)
 * @param showSuppressed list suppressed and baselined findings in the text format too, each
 *     marked with its reason (they never count toward the exit code)
 * @param quiet leave notes out of the text listing; the summary still counts them and says how
 *     many were not shown
 */
public record ReportOptions(boolean colour, boolean showSuppressed, boolean quiet) {

  /** No colour, suppressed findings not listed, notes listed. */
  public static final ReportOptions DEFAULTS = new ReportOptions(false, false, false);

  public ReportOptions withColour(boolean value) {
    return new ReportOptions(value, showSuppressed, quiet);
  }

  public ReportOptions withShowSuppressed(boolean value) {
    return new ReportOptions(colour, value, quiet);
  }

  public ReportOptions withQuiet(boolean value) {
    return new ReportOptions(colour, showSuppressed, value);
  }
}
