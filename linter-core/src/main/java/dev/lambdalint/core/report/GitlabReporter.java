package dev.lambdalint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * A GitLab Code Quality report ({@code artifacts:reports:codequality}): a JSON array with one
 * object a finding, holding the fields GitLab documents as required and nothing else (GitLab
 * ignores the rest of the Code Climate format): {@code description}, {@code check_name} (the rule
 * id), {@code fingerprint}, {@code severity} and {@code location.path} +
 * {@code location.lines.begin}. The fingerprint is the one SARIF and the baseline use, so an issue
 * keeps its identity across pipelines; GitLab merges issues with equal fingerprints, so each one
 * is unique in the file. Suppressed and baselined findings are left out: the report has no way to
 * mark them and GitLab would show them as new issues. Run it from the repository root: GitLab
 * places {@code location.path} relative to it.
 */
final class GitlabReporter implements Reporter {

  @Override
  public void write(Report report, Writer out) throws IOException {
    JsonGenerator json = PrettyJson.generator(out);
    Set<String> used = new HashSet<>();
    json.writeStartArray();
    for (Finding f : report.findings()) {
      json.writeStartObject();
      json.writeStringField("description", description(f));
      json.writeStringField("check_name", f.ruleId());
      json.writeStringField("fingerprint", uniqueFingerprint(f, used));
      json.writeStringField("severity", severity(f.severity(), f.rule()));
      json.writeObjectFieldStart("location");
      json.writeStringField("path", f.file().path());
      json.writeObjectFieldStart("lines");
      json.writeNumberField("begin", f.range().startLine());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.flush();
    out.write('\n');
    out.flush();
  }

  /** The message, the resource's logical id for template findings, then rule id and name. */
  static String description(Finding f) {
    String text = f.message();
    if (f.location().logicalId() != null) text += " [" + f.location().logicalId() + "]";
    return text + " (" + f.ruleId() + " " + f.rule().name() + ")";
  }

  /**
   * GitLab's five severities from our three: note is {@code info}, warning {@code minor}, error
   * {@code major}. A security rule whose security-severity is high (7.0 to 8.9, as GitHub ranks
   * it) raises a warning to {@code major} and an error to {@code critical}; a critical one (9.0
   * or more) raises an error to {@code blocker}.
   */
  static String severity(Severity severity, RuleMeta rule) {
    double security = securitySeverity(rule);
    return switch (severity) {
      case NOTE -> "info";
      case WARNING -> security >= 7.0 ? "major" : "minor";
      case ERROR -> security >= 9.0 ? "blocker" : security >= 7.0 ? "critical" : "major";
    };
  }

  private static double securitySeverity(RuleMeta rule) {
    if (!rule.isSecurityRule()) return 0;
    try {
      return Double.parseDouble(rule.securitySeverity());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * The finding's own fingerprint; the engine makes those unique in a report. A report built
   * another way may lack one or repeat one: then a hash of rule, place and message stands in,
   * counted on until it is unused, so GitLab never merges two findings.
   */
  static String uniqueFingerprint(Finding f, Set<String> used) {
    String print = f.fingerprint();
    if (print != null && !print.isEmpty() && used.add(print)) return print;
    String basis = String.join("\u0000", f.ruleId(), f.file().path(),
        Integer.toString(f.range().startLine()), Integer.toString(f.range().startColumn()), f.message());
    for (int n = 1; ; n++) {
      String candidate = sha256Prefix(basis + "\u0000" + n);
      if (used.add(candidate)) return candidate;
    }
  }

  /** The first 16 bytes of the SHA-256 of {@code text}, in hex: the size of our other fingerprints. */
  private static String sha256Prefix(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
