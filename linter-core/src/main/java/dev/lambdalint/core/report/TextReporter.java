package dev.lambdalint.core.report;

import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.RelatedLocation;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.suppress.Suppressed;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * {@code path:line:col: severity LLnnn message (rule-name)}, one finding a line, with
 * {@code [LogicalId]} after template findings so the resource is found even in generated
 * templates. Errors and warnings come first, then notes after a blank line, each group in
 * {@link Finding#ORDER}, so the findings that need action are not lost under a hundred notes.
 * Then the summary, which counts suppressed findings (listed only on request, each marked
 * {@code (suppressed: reason)} or {@code (baselined: …)}) and, with {@code quiet}, the notes it
 * did not list; then one line counting the findings of each rule, most first. With colour (a
 * terminal only), the severity is coloured and the path bold.
 */
final class TextReporter implements Reporter {
  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final String DIM = "\u001B[2m";

  private final ReportOptions options;

  TextReporter() {
    this(ReportOptions.DEFAULTS);
  }

  TextReporter(ReportOptions options) {
    this.options = options;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    List<Finding> listed = new ArrayList<>(report.findings());
    Map<Finding, Suppressed> suppressedBy = new IdentityHashMap<>();
    if (options.showSuppressed()) {
      report.suppressed().forEach(s -> suppressedBy.put(s.finding(), s));
      listed.addAll(suppressedBy.keySet());
      listed.sort(Finding.ORDER);
    }
    List<Finding> first = new ArrayList<>();
    List<Finding> notes = new ArrayList<>();
    for (Finding f : listed) (f.severity() == Severity.NOTE ? notes : first).add(f);
    if (options.quiet()) notes.clear();

    writeLines(first, suppressedBy, out);
    if (!first.isEmpty() && !notes.isEmpty()) out.write('\n');
    writeLines(notes, suppressedBy, out);
    if (!first.isEmpty() || !notes.isEmpty()) out.write('\n');
    out.write(Summary.of(report));
    long hidden = options.quiet() ? report.count(Severity.NOTE) : 0;
    if (hidden > 0) out.write(" " + Summary.plural(hidden, "note") + " not shown (--quiet).");
    out.write('\n');
    if (!report.findings().isEmpty()) {
      out.write(byRule(report));
      out.write('\n');
    }
    out.flush();
  }

  private void writeLines(List<Finding> findings, Map<Finding, Suppressed> suppressedBy, Writer out)
      throws IOException {
    for (Finding f : findings) {
      Suppressed s = suppressedBy.get(f);
      String line = s == null && options.colour() ? colouredLine(f) : terminalLine(f);
      if (s != null) {
        String why = s.kind() == Suppressed.Kind.EXTERNAL ? "baselined" : "suppressed";
        line += " (" + why + (s.justification().isEmpty() ? "" : ": " + TerminalText.escape(s.justification())) + ")";
      }
      out.write(TerminalText.guardWorkflowCommand(line));
      out.write('\n');
    }
  }

  /**
   * {@code By rule: LL506 ×12, LL505 ×12, LL204 ×3}: the findings that count, per rule, most
   * first, then by id.
   */
  static String byRule(Report report) {
    Map<String, Long> counts = new TreeMap<>();
    report.findings().forEach(f -> counts.merge(f.ruleId(), 1L, Long::sum));
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.<String, Long>comparingByKey()));
    StringBuilder sb = new StringBuilder("By rule: ");
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) sb.append(", ");
      sb.append(entries.get(i).getKey()).append(" \u00D7").append(entries.get(i).getValue());
    }
    return sb.toString();
  }

  /**
   * The finding as one line, its user text as written: the JUnit report puts it in XML, which
   * escapes on its own terms. The text report uses {@link #terminalLine}.
   */
  static String line(Finding f) {
    return line(f, UnaryOperator.identity());
  }

  /** The finding as one line, its user text (path, message, logical id) escaped by {@link TerminalText}. */
  static String terminalLine(Finding f) {
    return line(f, TerminalText::escape);
  }

  private static String line(Finding f, UnaryOperator<String> userText) {
    StringBuilder sb = new StringBuilder()
        .append(userText.apply(f.file().path())).append(':')
        .append(f.range().startLine()).append(':')
        .append(f.range().startColumn()).append(": ")
        .append(f.severity().label()).append(' ')
        .append(f.ruleId()).append(' ')
        .append(userText.apply(f.message()))
        .append(" (").append(f.rule().name()).append(')');
    if (f.location().logicalId() != null) sb.append(" [").append(userText.apply(f.location().logicalId())).append(']');
    appendRelated(sb, f, userText);
    return sb.toString();
  }

  private static String colouredLine(Finding f) {
    StringBuilder sb = new StringBuilder()
        .append(BOLD).append(TerminalText.escape(f.file().path())).append(':')
        .append(f.range().startLine()).append(':')
        .append(f.range().startColumn()).append(':').append(RESET).append(' ')
        .append(colourOf(f.severity())).append(f.severity().label()).append(RESET).append(' ')
        .append(BOLD).append(f.ruleId()).append(RESET).append(' ')
        .append(TerminalText.escape(f.message()))
        .append(DIM).append(" (").append(f.rule().name()).append(')');
    if (f.location().logicalId() != null) sb.append(" [").append(TerminalText.escape(f.location().logicalId())).append(']');
    appendRelated(sb, f, TerminalText::escape);
    return sb.append(RESET).toString();
  }

  /** Each related place as {@code (path:line: what it is)}: the cdk.out line a CDK finding was found on. */
  private static void appendRelated(StringBuilder sb, Finding f, UnaryOperator<String> userText) {
    for (RelatedLocation r : f.related()) {
      sb.append(" (").append(userText.apply(r.location().file().path())).append(':')
          .append(r.location().range().startLine()).append(": ").append(userText.apply(r.message())).append(')');
    }
  }

  private static String colourOf(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001B[1;31m";
      case WARNING -> "\u001B[1;33m";
      case NOTE -> "\u001B[1;36m";
    };
  }
}
