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
import java.util.Set;

/**
 * Every Lambda runtime AWS documents with its deprecation, block-create and block-update dates, read
 * once from {@code lambda-runtimes.csv} beside this class (which says where and when the dates were
 * taken from).
 */
final class LambdaRuntimes {
  private static final String RESOURCE = "lambda-runtimes.csv";

  /** One runtime: its three AWS dates (the block dates empty when AWS gives none) and what to move to. */
  record Entry(String runtime, LocalDate deprecated, Optional<LocalDate> blockCreate, Optional<LocalDate> blockUpdate,
      String successor) {}

  private static final Map<String, Entry> TABLE = load();

  private LambdaRuntimes() {}

  static Optional<Entry> lookup(String runtime) {
    return Optional.ofNullable(TABLE.get(runtime.strip()));
  }

  /** Every runtime identifier in the table. */
  static Set<String> runtimes() {
    return TABLE.keySet();
  }

  private static Map<String, Entry> load() {
    Map<String, Entry> table = new LinkedHashMap<>();
    try (InputStream in = LambdaRuntimes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is missing");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        String[] cells = line.split(",", -1);
        if (cells.length != 6 || cells[0].isBlank() || cells[4].isBlank()) {
          throw new IllegalStateException(RESOURCE + ": bad line: " + line);
        }
        if (table.containsKey(cells[0])) throw new IllegalStateException(RESOURCE + ": " + cells[0] + " listed twice");
        table.put(cells[0], new Entry(cells[0], LocalDate.parse(cells[1]), date(cells[2]), date(cells[3]), cells[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(table);
  }

  private static Optional<LocalDate> date(String cell) {
    return cell.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(cell));
  }
}
