package dev.lambdalint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
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

/** A stable JSON document (see docs/json-format.md): fixed key order, every key always present. */
final class JsonReporter implements Reporter {
  static final int FORMAT_VERSION = 1;

  @Override
  public void write(Report report, Writer out) throws IOException {
    JsonGenerator json = PrettyJson.generator(out);
    json.writeStartObject();
    json.writeStringField("tool", "lambdalint");
    json.writeStringField("version", report.toolVersion());
    json.writeNumberField("formatVersion", FORMAT_VERSION);
    json.writeObjectFieldStart("summary");
    json.writeNumberField("findings", report.findings().size());
    json.writeNumberField("errors", report.count(Severity.ERROR));
    json.writeNumberField("warnings", report.count(Severity.WARNING));
    json.writeNumberField("notes", report.count(Severity.NOTE));
    json.writeNumberField("suppressed", report.suppressed().size());
    json.writeNumberField("templates", report.templateCount());
    json.writeNumberField("javaFiles", report.javaFileCount());
    json.writeEndObject();
    json.writeArrayFieldStart("findings");
    // Findings that count and suppressed ones, in one order; each says whether it is suppressed.
    Map<Finding, Suppressed> suppressedBy = new IdentityHashMap<>();
    report.suppressed().forEach(s -> suppressedBy.put(s.finding(), s));
    List<Finding> all = new ArrayList<>(report.findings());
    all.addAll(suppressedBy.keySet());
    all.sort(Finding.ORDER);
    for (Finding f : all) writeFinding(json, f, suppressedBy.get(f));
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write('\n');
    out.flush();
  }

  private static void writeFinding(JsonGenerator json, Finding f, Suppressed suppressed) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.ruleId());
    json.writeStringField("ruleName", f.rule().name());
    json.writeStringField("severity", f.severity().label());
    json.writeStringField("message", f.message());
    json.writeStringField("path", f.file().path());
    json.writeNumberField("startLine", f.range().startLine());
    json.writeNumberField("startColumn", f.range().startColumn());
    json.writeNumberField("endLine", f.range().endLine());
    json.writeNumberField("endColumn", f.range().endColumn());
    json.writeStringField("logicalId", f.location().logicalId());
    json.writeStringField("logicalPath", f.location().logicalPath());
    json.writeStringField("fingerprint", f.fingerprint());
    if (!f.related().isEmpty()) {
      // Only when there are some: the other findings' objects stay as they were.
      json.writeArrayFieldStart("related");
      for (RelatedLocation r : f.related()) {
        json.writeStartObject();
        json.writeStringField("message", r.message());
        json.writeStringField("path", r.location().file().path());
        json.writeNumberField("startLine", r.location().range().startLine());
        json.writeNumberField("startColumn", r.location().range().startColumn());
        json.writeNumberField("endLine", r.location().range().endLine());
        json.writeNumberField("endColumn", r.location().range().endColumn());
        json.writeStringField("logicalId", r.location().logicalId());
        json.writeStringField("logicalPath", r.location().logicalPath());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeBooleanField("suppressed", suppressed != null);
    if (suppressed == null) {
      json.writeNullField("suppression");
    } else {
      json.writeObjectFieldStart("suppression");
      json.writeStringField("kind", suppressed.kind().sarifName());
      json.writeStringField("justification", suppressed.justification());
      json.writeEndObject();
    }
    json.writeEndObject();
  }
}
