package dev.lambdalint.rules.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The deprecated-runtime table, read once from {@code deprecated-runtimes.csv} beside this class. */
final class DeprecatedRuntimes {
  private static final String RESOURCE = "deprecated-runtimes.csv";

  /** One runtime: when AWS deprecated it, when it blocks updates (if known), and what to move to. */
  record Entry(String runtime, LocalDate deprecated, Optional<LocalDate> blockUpdate, String successor) {}

  private static final Map<String, Entry> TABLE = load();

  private DeprecatedRuntimes() {}

  static Optional<Entry> lookup(String runtime) {
    return Optional.ofNullable(TABLE.get(runtime.strip()));
  }

  private static Map<String, Entry> load() {
    Map<String, Entry> table = new LinkedHashMap<>();
    try (InputStream in = DeprecatedRuntimes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is missing");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        String[] cells = line.split(",", -1);
        if (cells.length != 4) throw new IllegalStateException(RESOURCE + ": bad line: " + line);
        table.put(cells[0], new Entry(cells[0], LocalDate.parse(cells[1]),
            cells[2].isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(cells[2])), cells[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(table);
  }
}
