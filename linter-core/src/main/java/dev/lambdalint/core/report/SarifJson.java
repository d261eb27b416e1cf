package dev.lambdalint.core.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the java-sarif model {@link SarifReporter} builds as JSON, streamed, in the model's own
 * property order: the properties lambdalint sets, each level written even where it is SARIF's
 * default (java-sarif would leave {@code warning} out, and some readers apply no defaults).
 *
 * <p>Not Jackson databind: its first use introspects the ~20 model classes, which cost every
 * SARIF run about 0.2 s, as much as linting a project of 50 files (bench/RESULTS.md). A property
 * set on the model but unknown here is caught by {@code SarifJsonTest}, which holds this writer's
 * output against databind's serialisation of the same model.
 */
final class SarifJson {
  private final JsonGenerator json;

  private SarifJson(JsonGenerator json) {
    this.json = json;
  }

  static void write(SarifSchema210 log, Writer out) throws IOException {
    JsonGenerator json = PrettyJson.generator(out);
    new SarifJson(json).log(log);
    json.flush();
  }

  private void log(SarifSchema210 log) throws IOException {
    json.writeStartObject();
    string("$schema", log.get$schema());
    string("version", log.getVersion() == null ? null : log.getVersion().value());
    json.writeArrayFieldStart("runs");
    for (Run run : log.getRuns()) run(run);
    json.writeEndArray();
    json.writeEndObject();
  }

  private void run(Run run) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("tool");
    json.writeFieldName("driver");
    driver(run.getTool().getDriver());
    json.writeEndObject();
    if (notEmpty(run.getInvocations())) {
      json.writeArrayFieldStart("invocations");
      for (Invocation invocation : run.getInvocations()) invocation(invocation);
      json.writeEndArray();
    }
    if (run.getOriginalUriBaseIds() != null) {
      json.writeObjectFieldStart("originalUriBaseIds");
      for (Map.Entry<String, ArtifactLocation> base : run.getOriginalUriBaseIds().getAdditionalProperties().entrySet()) {
        json.writeFieldName(base.getKey());
        artifactLocation(base.getValue());
      }
      json.writeEndObject();
    }
    json.writeArrayFieldStart("results");
    for (Result result : run.getResults()) result(result);
    json.writeEndArray();
    if (run.getAutomationDetails() != null) {
      json.writeObjectFieldStart("automationDetails");
      string("id", run.getAutomationDetails().getId());
      json.writeEndObject();
    }
    string("columnKind", run.getColumnKind() == null ? null : run.getColumnKind().value());
    json.writeEndObject();
  }

  private void driver(ToolComponent driver) throws IOException {
    json.writeStartObject();
    string("name", driver.getName());
    string("version", driver.getVersion());
    string("semanticVersion", driver.getSemanticVersion());
    string("informationUri", driver.getInformationUri());
    json.writeArrayFieldStart("rules");
    for (ReportingDescriptor rule : driver.getRules()) rule(rule);
    json.writeEndArray();
    json.writeEndObject();
  }

  private void rule(ReportingDescriptor rule) throws IOException {
    json.writeStartObject();
    string("id", rule.getId());
    string("name", rule.getName());
    multiformat("shortDescription", rule.getShortDescription());
    multiformat("fullDescription", rule.getFullDescription());
    json.writeObjectFieldStart("defaultConfiguration");
    string("level", rule.getDefaultConfiguration().getLevel().value());
    json.writeEndObject();
    multiformat("help", rule.getHelp());
    properties(rule.getProperties());
    json.writeEndObject();
  }

  private void result(Result result) throws IOException {
    json.writeStartObject();
    string("ruleId", result.getRuleId());
    if (result.getRuleIndex() != null) json.writeNumberField("ruleIndex", result.getRuleIndex());
    string("level", result.getLevel().value());
    message("message", result.getMessage());
    json.writeArrayFieldStart("locations");
    for (Location location : result.getLocations()) location(location);
    json.writeEndArray();
    if (notEmpty(result.getRelatedLocations())) {
      json.writeArrayFieldStart("relatedLocations");
      for (Location location : result.getRelatedLocations()) location(location);
      json.writeEndArray();
    }
    if (result.getPartialFingerprints() != null) {
      json.writeObjectFieldStart("partialFingerprints");
      for (Map.Entry<String, String> print : result.getPartialFingerprints().getAdditionalProperties().entrySet()) {
        string(print.getKey(), print.getValue());
      }
      json.writeEndObject();
    }
    if (notEmpty(result.getSuppressions())) {
      json.writeArrayFieldStart("suppressions");
      for (Suppression suppression : result.getSuppressions()) {
        json.writeStartObject();
        string("kind", suppression.getKind().value());
        string("status", suppression.getStatus() == null ? null : suppression.getStatus().value());
        string("justification", suppression.getJustification());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private void location(Location location) throws IOException {
    json.writeStartObject();
    if (location.getId() != null && location.getId() >= 0) json.writeNumberField("id", location.getId()); // java-sarif: -1 for none
    PhysicalLocation physical = location.getPhysicalLocation();
    json.writeObjectFieldStart("physicalLocation");
    json.writeFieldName("artifactLocation");
    artifactLocation(physical.getArtifactLocation());
    Region region = physical.getRegion();
    json.writeObjectFieldStart("region");
    json.writeNumberField("startLine", region.getStartLine());
    json.writeNumberField("startColumn", region.getStartColumn());
    json.writeNumberField("endLine", region.getEndLine());
    json.writeNumberField("endColumn", region.getEndColumn());
    json.writeEndObject();
    json.writeEndObject();
    if (notEmpty(location.getLogicalLocations())) {
      json.writeArrayFieldStart("logicalLocations");
      for (LogicalLocation logical : location.getLogicalLocations()) {
        json.writeStartObject();
        string("name", logical.getName());
        string("fullyQualifiedName", logical.getFullyQualifiedName());
        string("kind", logical.getKind());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (location.getMessage() != null) message("message", location.getMessage());
    json.writeEndObject();
  }

  private void invocation(Invocation invocation) throws IOException {
    json.writeStartObject();
    if (notEmpty(invocation.getToolExecutionNotifications())) {
      json.writeArrayFieldStart("toolExecutionNotifications");
      for (Notification notification : invocation.getToolExecutionNotifications()) {
        json.writeStartObject();
        message("message", notification.getMessage());
        string("level", notification.getLevel().value());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (invocation.getExecutionSuccessful() != null) {
      json.writeBooleanField("executionSuccessful", invocation.getExecutionSuccessful());
    }
    json.writeEndObject();
  }

  private void artifactLocation(ArtifactLocation artifact) throws IOException {
    json.writeStartObject();
    string("uri", artifact.getUri());
    string("uriBaseId", artifact.getUriBaseId());
    json.writeEndObject();
  }

  private void properties(PropertyBag properties) throws IOException {
    if (properties == null) return;
    json.writeObjectFieldStart("properties");
    if (properties.getTags() != null) { // an empty list too, as java-sarif writes it
      json.writeArrayFieldStart("tags");
      for (String tag : properties.getTags()) json.writeString(tag);
      json.writeEndArray();
    }
    for (Map.Entry<String, Object> property : properties.getAdditionalProperties().entrySet()) {
      if (!(property.getValue() instanceof String value)) {
        throw new IllegalStateException("SARIF property " + property.getKey() + " is not a string");
      }
      string(property.getKey(), value);
    }
    json.writeEndObject();
  }

  private void multiformat(String name, MultiformatMessageString text) throws IOException {
    if (text == null) return;
    json.writeObjectFieldStart(name);
    string("text", text.getText());
    string("markdown", text.getMarkdown());
    json.writeEndObject();
  }

  private void message(String name, Message message) throws IOException {
    json.writeObjectFieldStart(name);
    string("text", message.getText());
    json.writeEndObject();
  }

  /** A string property, left out when null, as java-sarif leaves it out. */
  private void string(String name, Object value) throws IOException {
    if (value != null) json.writeStringField(name, value.toString());
  }

  private static boolean notEmpty(Collection<?> values) {
    return values != null && !values.isEmpty();
  }
}
