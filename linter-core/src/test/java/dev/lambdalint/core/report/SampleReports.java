package dev.lambdalint.core.report;

import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.suppress.Suppressed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small reports built by hand, so the reporters are tested apart from the rules. */
final class SampleReports {
  static final Path ROOT = Path.of("/work/project").toAbsolutePath();
  static final RuleMeta CLIENT = new RuleMeta("LL101", "client-in-handler", Severity.WARNING, Category.HANDLER_CODE,
      "An SDK client is built on every invocation", List.of("performance"), Precision.HIGH, null,
      "# LL101 client-in-handler\n\nClients built per call are slow.\n\n## Non-compliant\n```java\nS3Client.create();\n```\n");
  static final RuleMeta WILDCARD = new RuleMeta("LL303", "wildcard-iam-action", Severity.ERROR, Category.SECURITY,
      "An IAM statement allows every action", List.of("iam"), Precision.VERY_HIGH, "7.5", "# LL303 wildcard-iam-action\n\nToo broad.\n");

  static final RuleMeta TRACING = new RuleMeta("LL505", "tracing-disabled", Severity.NOTE, Category.CONFIGURATION,
      "A function does not trace its requests", List.of("observability"), Precision.HIGH, null, "");
  static final RuleMeta RETENTION = new RuleMeta("LL506", "log-retention-unset", Severity.NOTE, Category.CONFIGURATION,
      "A function's log group keeps logs forever", List.of("cost"), Precision.HIGH, null, "");

  private SampleReports() {}

  /**
   * The two sample findings among notes: three LL506 and two LL505 notes on the template, before
   * and after the error, and one LL506 note on the Java file before its warning.
   */
  static Report withNotes() {
    Report two = twoFindings();
    SourceFile java = two.findings().get(0).file();
    SourceFile template = two.findings().get(1).file();
    List<Finding> all = new ArrayList<>(two.findings());
    all.add(note(RETENTION, java, 3, null, "n1"));
    all.add(note(TRACING, template, 5, "Fn", "n2"));
    all.add(note(RETENTION, template, 5, "Fn", "n3"));
    all.add(note(TRACING, template, 30, "Other", "n4"));
    all.add(note(RETENTION, template, 30, "Other", "n5"));
    all.add(note(RETENTION, template, 40, "Third", "n6"));
    all.sort(Finding.ORDER);
    return new Report(ROOT, all, List.of(CLIENT, WILDCARD, TRACING, RETENTION), 1, 1, "1.2.3");
  }

  private static Finding note(RuleMeta rule, SourceFile file, int line, String logicalId, String fingerprint) {
    String message = rule == TRACING ? "tracing is off" : "logs are kept forever";
    return new Finding(rule, Severity.NOTE, message,
        new Location(file, TextRange.at(line, 3), logicalId == null ? null : "Resources/" + logicalId, logicalId), fingerprint);
  }

  static Report twoFindings() {
    SourceFile java = SourceFile.of(ROOT.resolve("src/Handler.java"), ROOT);
    SourceFile template = SourceFile.of(ROOT.resolve("template.yaml"), ROOT);
    Finding client = new Finding(CLIENT, Severity.WARNING, "S3Client is built on every invocation",
        Location.of(java, new TextRange(12, 5, 12, 23)), "f1");
    Finding wildcard = new Finding(WILDCARD, Severity.ERROR, "allows every action",
        new Location(template, new TextRange(20, 23, 20, 26), "Resources/Role/Properties/Policies/0", "Role"), "f2");
    return new Report(ROOT, List.of(client, wildcard), List.of(CLIENT, WILDCARD), 1, 1, "1.2.3");
  }

  /**
   * More findings than SARIF's cap allows: {@code MAX_RESULTS + extra} on one file, every
   * {@code suppressEvery}-th suppressed as {@code kind} (with no justification).
   */
  static Report beyondSarifCap(int extra, int suppressEvery, Suppressed.Kind kind) {
    SourceFile file = SourceFile.of(ROOT.resolve("Big.java"), ROOT);
    List<Finding> active = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    for (int i = 1; i <= SarifReporter.MAX_RESULTS + extra; i++) {
      Finding f = new Finding(CLIENT, Severity.WARNING, "finding " + i, Location.of(file, TextRange.at(i, 1)), "fp" + i);
      if (i % suppressEvery == 0) {
        suppressed.add(new Suppressed(f, kind, ""));
      } else {
        active.add(f);
      }
    }
    return twoFindings().withFindings(active, suppressed);
  }

  static Report empty() {
    return new Report(ROOT, List.of(), List.of(CLIENT, WILDCARD), 2, 0, "1.2.3");
  }
}
