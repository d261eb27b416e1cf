package dev.lambdalint.rules.handler;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which Powertools for AWS Lambda (Java) annotation needs which module woven as an AspectJ aspect
 * library, read once from {@code powertools-aspects.tsv} beside this class (which names its
 * sources and date). Any one of an annotation's modules is enough (v1 and v2 names differ).
 */
final class PowertoolsAspects {
  static final String RESOURCE = "powertools-aspects.tsv";
  private static final Map<String, List<String>> TABLE = load();

  private PowertoolsAspects() {}

  /** The aspect libraries (artifactIds of {@code software.amazon.lambda}) that weave {@code annotation}, a fully qualified name. */
  static Optional<List<String>> modulesOf(String annotation) {
    return Optional.ofNullable(TABLE.get(annotation));
  }

  static Map<String, List<String>> table() {
    return TABLE;
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> table = new LinkedHashMap<>();
    try (InputStream in = PowertoolsAspects.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is missing");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cells = line.split("\t", -1);
        if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank()) {
          throw new IllegalStateException(RESOURCE + ": bad line: " + line);
        }
        if (header) {
          header = false;
          if (cells[0].equals("annotation")) continue;
        }
        if (table.containsKey(cells[0])) throw new IllegalStateException(RESOURCE + ": " + cells[0] + " listed twice");
        table.put(cells[0], Arrays.stream(cells[1].split(",")).map(String::strip).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(table);
  }
}
