package dev.lambdalint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.suppress.Suppressed;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notes that do not drown the findings: errors and warnings first, a per-rule count, quiet. */
class TextOrderAndQuietTest {

  private static String render(String format, ReportOptions options, Report report) throws Exception {
    StringWriter out = new StringWriter();
    Reporters.forFormat(format, options).write(report, out);
    return out.toString();
  }

  @Test
  void errorsAndWarningsComeBeforeNotesEachGroupInPathOrder() throws Exception {
    assertThat(render("text", ReportOptions.DEFAULTS, SampleReports.withNotes())).isEqualTo("""
        src/Handler.java:12:5: warning LL101 S3Client is built on every invocation (client-in-handler)
        template.yaml:20:23: error LL303 allows every action (wildcard-iam-action) [Role]

        src/Handler.java:3:3: note LL506 logs are kept forever (log-retention-unset)
        template.yaml:5:3: note LL505 tracing is off (tracing-disabled) [Fn]
        template.yaml:5:3: note LL506 logs are kept forever (log-retention-unset) [Fn]
        template.yaml:30:3: note LL505 tracing is off (tracing-disabled) [Other]
        template.yaml:30:3: note LL506 logs are kept forever (log-retention-unset) [Other]
        template.yaml:40:3: note LL506 logs are kept forever (log-retention-unset) [Third]

        8 findings (1 error, 1 warning, 6 notes) in 1 template and 1 Java file.
        By rule: LL506 \u00D74, LL505 \u00D72, LL101 \u00D71, LL303 \u00D71
        """);
  }

  @Test
  void quietLeavesNotesOutButCountsThemAndSaysSo() throws Exception {
    assertThat(render("text", ReportOptions.DEFAULTS.withQuiet(true), SampleReports.withNotes())).isEqualTo("""
        src/Handler.java:12:5: warning LL101 S3Client is built on every invocation (client-in-handler)
        template.yaml:20:23: error LL303 allows every action (wildcard-iam-action) [Role]

        8 findings (1 error, 1 warning, 6 notes) in 1 template and 1 Java file. 6 notes not shown (--quiet).
        By rule: LL506 \u00D74, LL505 \u00D72, LL101 \u00D71, LL303 \u00D71
        """);
  }

  @Test
  void quietWithOnlyNotesListsNothingAndQuietWithoutNotesChangesNothing() throws Exception {
    Report withNotes = SampleReports.withNotes();
    List<Finding> notes = withNotes.findings().stream().filter(f -> f.severity() == Severity.NOTE).toList();
    Report onlyNotes = withNotes.withFindings(notes, List.of());
    assertThat(render("text", ReportOptions.DEFAULTS.withQuiet(true), onlyNotes)).isEqualTo("""
        6 findings (0 errors, 0 warnings, 6 notes) in 1 template and 1 Java file. 6 notes not shown (--quiet).
        By rule: LL506 \u00D74, LL505 \u00D72
        """);
    Report two = SampleReports.twoFindings();
    assertThat(render("text", ReportOptions.DEFAULTS.withQuiet(true), two))
        .isEqualTo(render("text", ReportOptions.DEFAULTS, two));
    assertThat(render("text", ReportOptions.DEFAULTS.withQuiet(true), SampleReports.empty()))
        .isEqualTo("No findings in 2 templates and 0 Java files.\n");
  }

  @Test
  void theRuleCountIsOfFindingsThatCountMostFirstThenById() throws Exception {
    Report withNotes = SampleReports.withNotes();
    // suppress two LL506 notes: LL506 and LL505 tie at 2 and go by id
    List<Finding> active = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    for (Finding f : withNotes.findings()) {
      if (f.ruleId().equals("LL506") && suppressed.size() < 2) suppressed.add(new Suppressed(f, Suppressed.Kind.EXTERNAL, ""));
      else active.add(f);
    }
    Report report = withNotes.withFindings(active, suppressed);
    assertThat(TextReporter.byRule(report)).isEqualTo("By rule: LL505 \u00D72, LL506 \u00D72, LL101 \u00D71, LL303 \u00D71");
    String shown = render("text", new ReportOptions(false, true, false), report);
    assertThat(shown).contains("note LL506 logs are kept forever (log-retention-unset) (baselined)");
    assertThat(shown.lines().filter(l -> l.contains(" note ")).count()).isEqualTo(6);
    // a suppressed note is still a note: quiet leaves it out with the others
    String quiet = render("text", new ReportOptions(false, true, true), report);
    assertThat(quiet).doesNotContain(" note ").contains("4 notes not shown (--quiet)");
  }

  @Test
  void colourKeepsTheOrderAndTheCountLine() throws Exception {
    String coloured = render("text", ReportOptions.DEFAULTS.withColour(true), SampleReports.withNotes());
    assertThat(coloured).contains("\u001B[1;36mnote\u001B[0m");
    assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", ""))
        .isEqualTo(render("text", ReportOptions.DEFAULTS, SampleReports.withNotes()));
  }

  @Test
  void theOldOverloadsMeanTheSameOptions() throws Exception {
    Report report = NewFormatsTest.withSuppressed();
    StringWriter old = new StringWriter();
    Reporters.forFormat("text", true, true).write(report, old);
    assertThat(render("text", new ReportOptions(true, true, false), report)).isEqualTo(old.toString());
    StringWriter plain = new StringWriter();
    Reporters.forFormat("text").write(report, plain);
    assertThat(render("text", ReportOptions.DEFAULTS, report)).isEqualTo(plain.toString());
  }

  @Test
  void githubPrintsErrorsAndWarningsBeforeNotices() throws Exception {
    List<String> lines = render("github", ReportOptions.DEFAULTS, SampleReports.withNotes()).lines().toList();
    assertThat(lines).hasSize(9);
    assertThat(lines.get(0)).startsWith("::warning file=src/Handler.java,line=12");
    assertThat(lines.get(1)).startsWith("::error file=template.yaml,line=20");
    assertThat(lines.subList(2, 8)).allSatisfy(l -> assertThat(l).startsWith("::notice "));
    assertThat(lines.get(2)).startsWith("::notice file=src/Handler.java,line=3");
    assertThat(lines.get(7)).startsWith("::notice file=template.yaml,line=40");
    assertThat(lines.get(8)).startsWith("8 findings");
  }

  @Test
  void aNoteOnTheSameLineAsAWarningStillWaits() throws Exception {
    Report two = SampleReports.twoFindings();
    Finding warning = two.findings().get(0);
    Finding note = new Finding(SampleReports.TRACING, Severity.NOTE, "a note",
        Location.of(warning.file(), new TextRange(12, 1, 12, 2)), "n");
    List<Finding> all = new ArrayList<>(List.of(note, warning, two.findings().get(1)));
    Report report = two.withFindings(all, List.of());
    assertThat(render("text", ReportOptions.DEFAULTS, report).lines().toList().subList(0, 4)).containsExactly(
        "src/Handler.java:12:5: warning LL101 S3Client is built on every invocation (client-in-handler)",
        "template.yaml:20:23: error LL303 allows every action (wildcard-iam-action) [Role]",
        "",
        "src/Handler.java:12:1: note LL505 a note (tracing-disabled)");
  }
}
