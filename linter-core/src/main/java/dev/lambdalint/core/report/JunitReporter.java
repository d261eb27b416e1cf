package dev.lambdalint.core.report;

import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.suppress.Suppressed;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML, as Jenkins' junit step, GitLab's {@code artifacts:reports:junit}, Azure DevOps'
 * PublishTestResults and CircleCI's {@code store_test_results} read it (see
 * docs/report-formats.md):
 *
 * <ul>
 *   <li>{@code <testsuites name="lambdalint">} with the totals;
 *   <li>one {@code <testsuite>} per file with findings, named by its path, files in path order;
 *   <li>one {@code <testcase>} per rule and start position in that file, with {@code classname}
 *       the path as a dotted name (each segment's dots made underscores:
 *       {@code src/main/java/com/x/Handler.java} is {@code src.main.java.com.x.Handler_java}, so
 *       Jenkins' package tree follows the folders), {@code name}
 *       {@code LL101 client-in-handler at 12:5} (plus {@code [LogicalId]} for template findings),
 *       and {@code file} the path (GitLab links it);
 *   <li>one {@code <failure message="…" type="LLnnn">} per error or warning, its text the
 *       finding's line as the text format prints it and the rule's summary;
 *   <li>notes as passing testcases, their text in the case's {@code <system-out>}: notes inform,
 *       they do not fail builds unless asked (the exit code decides that), and a failed test
 *       makes Jenkins' junit step mark the build unstable and GitLab list it among the failed
 *       tests of the merge request;
 *   <li>suppressed and baselined findings as testcases of their own with {@code <skipped>} and
 *       the reason, so they show as skipped, not as passed or failed.
 * </ul>
 *
 * A run with no finding that counts still gives one passing testcase ({@code lambdalint} /
 * {@code no findings}): Jenkins' junit step fails a build whose report holds no test at all.
 * Every character outside printable ASCII is written as a character reference and characters
 * XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE, U+FFFF) as the text
 * {@code \\uXXXX}, so any string gives a well-formed document, whatever encoding the output
 * stream has. No timestamps, no host names, no times: the same report gives the same bytes.
 */
final class JunitReporter implements Reporter {
  /** The passing testcase of a run with no findings that count. */
  static final String CLEAN_SUITE = "lambdalint";
  static final String CLEAN_CASE = "no findings";

  /** The findings of one rule at one position in one file: all counting, or all suppressed. */
  private record Case(String name, List<Finding> findings, List<Suppressed> suppressed) {
    boolean skipped() {
      return findings.isEmpty();
    }

    /** Fails when an error or a warning is among its findings; notes alone pass. */
    boolean failed() {
      return findings.stream().anyMatch(f -> f.severity() != Severity.NOTE);
    }
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    Map<Finding, Suppressed> suppressedBy = new IdentityHashMap<>();
    report.suppressed().forEach(s -> suppressedBy.put(s.finding(), s));
    List<Finding> all = new ArrayList<>(report.findings());
    all.addAll(suppressedBy.keySet());
    all.sort(Finding.ORDER);

    // path -> case key -> case; paths sorted, cases in finding order
    Map<String, Map<String, Case>> suites = new TreeMap<>();
    for (Finding f : all) {
      Suppressed s = suppressedBy.get(f);
      String name = caseName(f) + (s == null ? "" : " (suppressed)");
      Case c = suites.computeIfAbsent(f.file().path(), p -> new LinkedHashMap<>())
          .computeIfAbsent(name, n -> new Case(n, new ArrayList<>(), new ArrayList<>()));
      if (s == null) c.findings().add(f);
      else c.suppressed().add(s);
    }

    int tests = 0;
    int failures = 0;
    int skipped = 0;
    for (Map<String, Case> cases : suites.values()) {
      for (Case c : cases.values()) {
        tests++;
        if (c.skipped()) skipped++;
        else if (c.failed()) failures++;
      }
    }
    boolean clean = report.findings().isEmpty();
    if (clean) tests++;

    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuites name=\"lambdalint\"" + counts(tests, failures, skipped) + ">\n");
    if (clean) {
      out.write("  <testsuite name=\"" + CLEAN_SUITE + "\"" + counts(1, 0, 0) + ">\n");
      out.write("    <testcase classname=\"" + CLEAN_SUITE + "\" name=\"" + CLEAN_CASE + "\"/>\n");
      out.write("    <system-out>" + text(Summary.of(report)) + "</system-out>\n");
      out.write("  </testsuite>\n");
    }
    for (Map.Entry<String, Map<String, Case>> suite : suites.entrySet()) {
      writeSuite(suite.getKey(), suite.getValue().values(), out);
    }
    out.write("</testsuites>\n");
    out.flush();
  }

  private static void writeSuite(String path, Iterable<Case> cases, Writer out) throws IOException {
    int tests = 0;
    int failures = 0;
    int skipped = 0;
    for (Case c : cases) {
      tests++;
      if (c.skipped()) skipped++;
      else if (c.failed()) failures++;
    }
    out.write("  <testsuite name=\"" + attribute(path) + "\"" + counts(tests, failures, skipped) + ">\n");
    String classname = attribute(classname(path));
    for (Case c : cases) {
      out.write("    <testcase classname=\"" + classname + "\" name=\"" + attribute(c.name())
          + "\" file=\"" + attribute(path) + "\">\n");
      if (c.skipped()) {
        // JUnit allows one <skipped>; it names every suppressed finding of the case.
        List<String> reasons = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Suppressed s : c.suppressed()) {
          reasons.add(reason(s));
          lines.add(TextReporter.line(s.finding()) + " (" + reason(s) + ")");
        }
        out.write("      <skipped message=\"" + attribute(String.join("; ", reasons)) + "\">"
            + text(String.join("\n", lines)) + "</skipped>\n");
      } else {
        List<String> notes = new ArrayList<>();
        for (Finding f : c.findings()) {
          if (f.severity() == Severity.NOTE) {
            notes.add(failureText(f));
          } else {
            out.write("      <failure message=\"" + attribute(f.message()) + "\" type=\"" + attribute(f.ruleId()) + "\">"
                + text(failureText(f)) + "</failure>\n");
          }
        }
        if (!notes.isEmpty()) out.write("      <system-out>" + text(String.join("\n", notes)) + "</system-out>\n");
      }
      out.write("    </testcase>\n");
    }
    out.write("  </testsuite>\n");
  }

  private static String counts(int tests, int failures, int skipped) {
    return " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped + "\"";
  }

  /** {@code LL303 wildcard-iam-action at 20:23 [Role]}: unique in its file with the path. */
  static String caseName(Finding f) {
    String name = f.ruleId() + " " + f.rule().name() + " at " + f.range().startLine() + ":" + f.range().startColumn();
    return f.location().logicalId() == null ? name : name + " [" + f.location().logicalId() + "]";
  }

  /**
   * What a reader of the CI's test page needs: where, how severe, what and why (the text
   * format's line), then the rule's summary and where its documentation is.
   */
  static String failureText(Finding f) {
    return TextReporter.line(f) + "\n" + f.ruleId() + " " + f.rule().name() + ": " + f.rule().summary()
        + ". Run `lambdalint explain " + f.ruleId() + "` for why it matters and what to write instead.";
  }

  private static String reason(Suppressed s) {
    String why = s.kind() == Suppressed.Kind.EXTERNAL ? "baselined" : "suppressed in source";
    return s.justification().isEmpty() ? why : why + ": " + s.justification();
  }

  /**
   * A path as a dotted class name: {@code src/main/java/com/x/Handler.java} is
   * {@code src.main.java.com.x.Handler_java}, {@code template.yaml} is {@code template_yaml}.
   * Dots inside a segment become underscores so a file name's extension is not taken for a
   * class; empty segments (a leading {@code /}) are dropped.
   */
  static String classname(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) segments.add(segment.replace('.', '_'));
    }
    return segments.isEmpty() ? "_" : String.join(".", segments);
  }

  /** An attribute value (between double quotes): tabs and line ends kept as character references. */
  static String attribute(String value) {
    return escape(value, true);
  }

  /** Element text: line feeds and tabs as they are, a carriage return as a reference. */
  static String text(String value) {
    return escape(value, false);
  }

  private static String escape(String value, boolean attribute) {
    StringBuilder sb = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      int width = Character.charCount(cp);
      boolean loneSurrogate = width == 1 && Character.isSurrogate((char) cp);
      switch (cp) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\r' -> sb.append("&#13;");
        default -> {
          if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF || loneSurrogate) {
            sb.append(String.format("\\u%04X", cp)); // no XML 1.0 document can hold it
          } else if (cp > 0x7E) {
            sb.append("&#x").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(';');
          } else {
            sb.append((char) cp);
          }
        }
      }
      i += width;
    }
    return sb.toString();
  }
}
