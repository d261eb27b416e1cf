package dev.lambdalint.core.report;

import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code path:line:col: severity LLnnn message (rule-name)}, one finding a line, with
 * {@code [LogicalId]} after template findings so the resource is found even in generated
 * templates; then the summary.
 */
final class TextReporter implements Reporter {

  @Override
  public void write(Report report, Writer out) throws IOException {
    for (Finding f : report.findings()) {
      out.write(line(f));
      out.write('\n');
    }
    if (!report.findings().isEmpty()) out.write('\n');
    out.write(Summary.of(report));
    out.write('\n');
    out.flush();
  }

  static String line(Finding f) {
    StringBuilder sb = new StringBuilder()
        .append(f.file().path()).append(':')
        .append(f.range().startLine()).append(':')
        .append(f.range().startColumn()).append(": ")
        .append(f.severity().label()).append(' ')
        .append(f.ruleId()).append(' ')
        .append(f.message())
        .append(" (").append(f.rule().name()).append(')');
    if (f.location().logicalId() != null) sb.append(" [").append(f.location().logicalId()).append(']');
    return sb.toString();
  }
}
