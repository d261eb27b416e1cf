package dev.lambdalint.core.report;

import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one a finding, which the runner shows as annotations on the
 * pull request's diff:
 * {@code ::error file=src/A.java,line=3,col=5,endLine=3,endColumn=20,title=LL101 client-in-handler::message}.
 * Levels map to {@code error}, {@code warning} and {@code notice}. Values are escaped as the
 * runner expects ({@code %}, CR and LF everywhere; {@code :} and {@code ,} in properties too).
 * Suppressed findings are left out; the summary line follows. Run it from the repository root so
 * paths are relative to it.
 *
 * <p>Errors and warnings are printed before notices, as in the text format: the runner keeps 10
 * annotations of each level per step but only 50 per job, first come first served, so when
 * earlier steps have spent most of the job's share, what is left goes to the findings that need
 * action (docs/problem-matchers.md of actions/toolkit states the limits).
 */
final class GithubReporter implements Reporter {

  @Override
  public void write(Report report, Writer out) throws IOException {
    for (boolean notes : new boolean[] {false, true}) {
      for (Finding f : report.findings()) {
        if ((f.severity() == Severity.NOTE) != notes) continue;
        out.write(command(f));
        out.write('\n');
      }
    }
    out.write(Summary.of(report));
    out.write('\n');
    out.flush();
  }

  static String command(Finding f) {
    String level = switch (f.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "notice";
    };
    String message = f.message();
    if (f.location().logicalId() != null) message += " [" + f.location().logicalId() + "]";
    return "::" + level
        + " file=" + property(f.file().path())
        + ",line=" + f.range().startLine()
        + ",col=" + f.range().startColumn()
        + ",endLine=" + f.range().endLine()
        + ",endColumn=" + f.range().endColumn()
        + ",title=" + property(f.ruleId() + " " + f.rule().name())
        + "::" + data(message);
  }

  /** Escapes a command's message, as the Actions runner's toolkit does. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property's value: {@code :} and {@code ,} would end it. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
