package dev.lambdalint.core.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.core.config.ConfigException;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.parse.BoundedFiles;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.report.PrettyJson;
import dev.lambdalint.core.suppress.Suppressed;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The findings a project has accepted for now, so that only new ones fail the build. An entry is
 * a rule id, a path and the finding's fingerprint — which does not change when lines move — and
 * nothing else: no message, no line text, so a baseline never holds a secret a finding mentions.
 * The file is JSON, entries sorted, the same bytes for the same findings.
 *
 * <pre>
 * {
 *   "lambdalintBaseline" : 1,
 *   "findings" : [
 *     { "ruleId" : "LL101", "path" : "src/main/java/OrderHandler.java", "fingerprint" : "3f…" }
 *   ]
 * }
 * </pre>
 */
public final class Baseline {
  public static final int FORMAT_VERSION = 1;

  /** About 200,000 entries: far above any real baseline, far below what would exhaust the heap. */
  static final long MAX_BYTES = 64L * 1024 * 1024;
  private static final String VERSION_KEY = "lambdalintBaseline";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One accepted finding. */
  public record Entry(String ruleId, String path, String fingerprint) {
    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::path)
        .thenComparing(Entry::ruleId).thenComparing(Entry::fingerprint);

    static Entry of(Finding f) {
      return new Entry(f.ruleId(), f.file().path(), f.fingerprint() == null ? "" : f.fingerprint());
    }
  }

  /** A report with the baseline applied, and the entries nothing matched any more. */
  public record Applied(Report report, List<Entry> stale) {}

  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Entry.ORDER);
    this.entries = List.copyOf(sorted);
  }

  /** Every finding that counts in {@code report} (suppressed ones need no baseline). */
  public static Baseline of(Report report) {
    return new Baseline(report.findings().stream().map(Entry::of).toList());
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Reads a baseline file; a missing or malformed file is a {@link ConfigException}. */
  public static Baseline read(Path file) {
    String text;
    try {
      text = BoundedFiles.read(file, MAX_BYTES);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": baseline file not found (create it with --baseline-create " + file + ")");
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read the baseline: " + e.getMessage(), e);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw ConfigException.at(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          "not a lambdalint baseline: invalid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || !root.path(VERSION_KEY).isInt()) {
      throw new ConfigException(file + ": not a lambdalint baseline (no \"" + VERSION_KEY + "\" version)");
    }
    if (root.get(VERSION_KEY).asInt() != FORMAT_VERSION) {
      throw new ConfigException(file + ": baseline format " + root.get(VERSION_KEY).asInt()
          + " is not supported by this lambdalint (it reads format " + FORMAT_VERSION + ")");
    }
    JsonNode findings = root.path("findings");
    if (!findings.isArray()) throw new ConfigException(file + ": baseline has no \"findings\" list");
    List<Entry> entries = new ArrayList<>();
    int index = 0;
    for (JsonNode n : findings) {
      String ruleId = n.path("ruleId").asText("");
      String path = n.path("path").asText("");
      String fingerprint = n.path("fingerprint").asText("");
      if (ruleId.isEmpty() || path.isEmpty() || fingerprint.isEmpty()) {
        throw new ConfigException(file + ": baseline entry " + index
            + " needs \"ruleId\", \"path\" and \"fingerprint\"");
      }
      entries.add(new Entry(ruleId, path, fingerprint));
      index++;
    }
    return new Baseline(entries);
  }

  public void write(Writer out) throws IOException {
    JsonGenerator json = PrettyJson.generator(out);
    json.writeStartObject();
    json.writeNumberField(VERSION_KEY, FORMAT_VERSION);
    json.writeArrayFieldStart("findings");
    for (Entry e : entries) {
      json.writeStartObject();
      json.writeStringField("ruleId", e.ruleId());
      json.writeStringField("path", e.path());
      json.writeStringField("fingerprint", e.fingerprint());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write('\n');
    out.flush();
  }

  @Override
  public String toString() {
    StringWriter out = new StringWriter();
    try {
      write(out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  /**
   * Moves the findings this baseline holds from {@code report.findings()} to its suppressed
   * findings (kind {@code external}, justification naming {@code source}); each entry matches
   * at most one finding, by rule, path and fingerprint.
   */
  public Applied apply(Report report, String source) {
    Map<Entry, Integer> remaining = new HashMap<>();
    entries.forEach(e -> remaining.merge(e, 1, Integer::sum));
    List<Finding> active = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>(report.suppressed());
    for (Finding f : report.findings()) {
      Entry key = Entry.of(f);
      Integer left = remaining.get(key);
      if (left != null && left > 0) {
        remaining.put(key, left - 1);
        suppressed.add(new Suppressed(f, Suppressed.Kind.EXTERNAL, "accepted in baseline " + source));
      } else {
        active.add(f);
      }
    }
    List<Entry> stale = new ArrayList<>();
    for (Iterator<Map.Entry<Entry, Integer>> it = remaining.entrySet().iterator(); it.hasNext();) {
      Map.Entry<Entry, Integer> e = it.next();
      for (int i = 0; i < e.getValue(); i++) stale.add(e.getKey());
    }
    stale.sort(Entry.ORDER);
    return new Applied(report.withFindings(active, suppressed), stale);
  }
}
