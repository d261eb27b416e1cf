package dev.lambdalint.core.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.RelatedLocation;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.suppress.Suppressed;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule with its docs, levels and
 * security-severity; results with paths relative to {@code %SRCROOT%}, full regions, the
 * resource's logical id, and a fingerprint that survives unrelated edits. Capped at what GitHub
 * accepts per run, saying so when it cuts.
 */
final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";
  static final String FINGERPRINT_KEY = "lambdalint/v1";
  static final String INFORMATION_URI = "https://github.com/lambdalint/lambdalint";
  /** GitHub code scanning accepts at most 25,000 results per run. */
  static final int MAX_RESULTS = 25_000;
  private static final int MAX_DESCRIPTION = 1024;
  private static final int MAX_TAGS = 20;

  @Override
  public void write(Report report, Writer out) throws IOException {
    SarifJson.write(log(report), out);
    out.write('\n');
    out.flush();
  }

  /** The report as java-sarif's model of a SARIF log. */
  static SarifSchema210 log(Report report) {
    List<RuleMeta> rules = report.rules();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) ruleIndex.put(rules.get(i).id(), i);

    // Suppressed findings are results too, marked with `suppressions`. When there are more than
    // GitHub accepts, the ones that count are kept first.
    Map<Finding, Suppressed> suppressedBy = new IdentityHashMap<>();
    report.suppressed().forEach(s -> suppressedBy.put(s.finding(), s));
    int total = report.findings().size() + report.suppressed().size();
    List<Finding> kept = new ArrayList<>(report.findings().subList(0, Math.min(MAX_RESULTS, report.findings().size())));
    for (Suppressed s : report.suppressed()) {
      if (kept.size() >= MAX_RESULTS) break;
      kept.add(s.finding());
    }
    kept.sort(Finding.ORDER);
    List<com.contrastsecurity.sarif.Result> results = new ArrayList<>(kept.size());
    for (Finding f : kept) results.add(result(f, ruleIndex, suppressedBy.get(f)));

    Set<ReportingDescriptor> descriptors = new LinkedHashSet<>(); // a Set, ordered: ruleIndex stays right
    rules.forEach(r -> descriptors.add(descriptor(r)));

    Run run = new Run()
        .withTool(new Tool().withDriver(new ToolComponent()
            .withName("lambdalint")
            .withSemanticVersion(report.toolVersion())
            .withVersion(report.toolVersion())
            .withInformationUri(URI.create(INFORMATION_URI))
            .withRules(descriptors)))
        .withAutomationDetails(new RunAutomationDetails().withId("lambdalint/"))
        .withOriginalUriBaseIds(new OriginalUriBaseIds().withAdditionalProperty(SRCROOT,
            new ArtifactLocation().withUri(directoryUri(report))))
        .withColumnKind(Run.ColumnKind.UNICODE_CODE_POINTS)
        .withResults(results);
    int dropped = total - kept.size();
    if (dropped > 0) {
      run.withInvocations(List.of(new Invocation().withExecutionSuccessful(true)
          .withToolExecutionNotifications(List.of(new Notification()
              .withLevel(Notification.Level.WARNING)
              .withMessage(new Message().withText(dropped + " of " + total
                  + " results were left out: GitHub code scanning accepts " + MAX_RESULTS + " per run;"
                  + " use --format json for the full list"))))));
    }
    return new SarifSchema210()
        .with$schema(URI.create(SCHEMA))
        .withVersion(SarifSchema210.Version._2_1_0)
        .withRuns(List.of(run));
  }

  private static ReportingDescriptor descriptor(RuleMeta rule) {
    Set<String> tags = new LinkedHashSet<>();
    if (rule.isSecurityRule()) tags.add("security");
    tags.addAll(rule.tags());
    PropertyBag properties = new PropertyBag()
        .withTags(new LinkedHashSet<>(tags.stream().limit(MAX_TAGS).toList()));
    properties.setAdditionalProperty("precision", rule.precision().sarifValue());
    if (rule.isSecurityRule()) properties.setAdditionalProperty("security-severity", rule.securitySeverity());
    return new ReportingDescriptor()
        .withId(rule.id())
        .withName(rule.name())
        .withShortDescription(new MultiformatMessageString().withText(truncate(rule.summary())))
        .withFullDescription(new MultiformatMessageString().withText(truncate(firstParagraph(rule))))
        .withHelp(new MultiformatMessageString().withText(rule.docsAsText()).withMarkdown(rule.docs().isBlank() ? null : rule.docs()))
        .withDefaultConfiguration(new ReportingConfiguration().withLevel(ReportingConfiguration.Level.fromValue(rule.severity().sarifLevel())))
        .withProperties(properties);
  }

  private static com.contrastsecurity.sarif.Result result(Finding f, Map<String, Integer> ruleIndex,
      Suppressed suppressed) {
    com.contrastsecurity.sarif.Location location = location(f.location());
    com.contrastsecurity.sarif.Result result = new com.contrastsecurity.sarif.Result()
        .withRuleId(f.ruleId())
        .withRuleIndex(ruleIndex.get(f.ruleId()))
        .withLevel(com.contrastsecurity.sarif.Result.Level.fromValue(f.severity().sarifLevel()))
        .withMessage(new Message().withText(f.message()))
        .withLocations(List.of(location));
    if (!f.related().isEmpty()) {
      Set<com.contrastsecurity.sarif.Location> related = new LinkedHashSet<>();
      int id = 1;
      for (RelatedLocation r : f.related()) {
        related.add(location(r.location()).withId(id++).withMessage(new Message().withText(r.message())));
      }
      result.withRelatedLocations(related);
    }
    if (suppressed != null) {
      Set<com.contrastsecurity.sarif.Suppression> suppressions = new LinkedHashSet<>();
      suppressions.add(new com.contrastsecurity.sarif.Suppression()
          .withKind(suppressed.kind() == Suppressed.Kind.IN_SOURCE
              ? com.contrastsecurity.sarif.Suppression.Kind.IN_SOURCE
              : com.contrastsecurity.sarif.Suppression.Kind.EXTERNAL)
          .withStatus(com.contrastsecurity.sarif.Suppression.Status.ACCEPTED)
          .withJustification(suppressed.justification().isEmpty() ? null : suppressed.justification()));
      result.withSuppressions(suppressions);
    }
    if (f.fingerprint() != null) {
      result.withPartialFingerprints(new PartialFingerprints().withAdditionalProperty(FINGERPRINT_KEY, f.fingerprint()));
    }
    return result;
  }

  private static com.contrastsecurity.sarif.Location location(Location place) {
    com.contrastsecurity.sarif.Location location = new com.contrastsecurity.sarif.Location()
        .withPhysicalLocation(new PhysicalLocation()
            .withArtifactLocation(artifact(place.file()))
            .withRegion(new Region()
                .withStartLine(place.range().startLine())
                .withStartColumn(place.range().startColumn())
                .withEndLine(place.range().endLine())
                .withEndColumn(place.range().endColumn())));
    if (place.logicalId() != null) {
      Set<LogicalLocation> logical = new LinkedHashSet<>();
      logical.add(new LogicalLocation()
          .withName(place.logicalId())
          .withFullyQualifiedName(place.logicalPath())
          .withKind("resource"));
      location.withLogicalLocations(logical);
    }
    return location;
  }

  private static ArtifactLocation artifact(SourceFile file) {
    if (file.isUnderRoot()) {
      return new ArtifactLocation().withUri(encodePath(file.path())).withUriBaseId(SRCROOT);
    }
    return new ArtifactLocation().withUri(file.absolutePath().toUri().toASCIIString());
  }

  /** A relative path as a URI reference: spaces and non-ASCII percent-encoded, slashes kept. */
  static String encodePath(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + path, e);
    }
  }

  private static String directoryUri(Report report) {
    String uri = report.root().toUri().toASCIIString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  private static String firstParagraph(RuleMeta rule) {
    for (String paragraph : rule.docs().split("\\n\\s*\\n")) {
      String p = paragraph.strip();
      if (!p.isEmpty() && !p.startsWith("#")) return p.replace('\n', ' ');
    }
    return rule.summary();
  }

  private static String truncate(String text) {
    return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
  }
}
