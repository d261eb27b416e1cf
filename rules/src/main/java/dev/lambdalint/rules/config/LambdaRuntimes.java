package dev.lambdalint.rules.config;

import dev.lambdalint.core.model.DataTable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
    DataTable data = DataTable.read(LambdaRuntimes.class, RESOURCE, ",", 6, null);
    for (List<String> row : data.rows()) {
      data.require(!row.get(4).isEmpty(), row, "no family");
      data.require(!table.containsKey(row.get(0)), row, "listed twice");
      table.put(row.get(0), new Entry(row.get(0), LocalDate.parse(row.get(1)), date(row.get(2)), date(row.get(3)), row.get(4)));
    }
    return Map.copyOf(table);
  }

  private static Optional<LocalDate> date(String cell) {
    return cell.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(cell));
  }
}
