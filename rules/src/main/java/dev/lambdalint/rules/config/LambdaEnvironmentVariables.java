package dev.lambdalint.rules.config;

import dev.lambdalint.core.model.DataTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lambda's own environment variables — the ones it reserves and the ones its Java runtimes set —
 * read once from {@code lambda-environment-variables.tsv} beside this class (which says where and
 * when they were taken from). One list for LL508 (a reserved name in a function's configuration)
 * and LL111 (a name the code reads that nothing defines).
 */
public final class LambdaEnvironmentVariables {
  static final String RESOURCE = "lambda-environment-variables.tsv";

  /**
   * One variable of the list.
   *
   * @param reserved AWS documents the name as reserved: a function's configuration cannot set it
   * @param setByLambda Lambda sets it for Java functions, always or in some configuration
   *     (SnapStart, Managed Instances, older Java runtimes, X-Ray)
   * @param condition the list's words on when Lambda sets it
   */
  public record Entry(String name, boolean reserved, boolean setByLambda, String condition, String meaning) {}

  private static final Map<String, Entry> TABLE = load();

  private LambdaEnvironmentVariables() {}

  public static Optional<Entry> lookup(String name) {
    return Optional.ofNullable(TABLE.get(name));
  }

  /** Whether AWS documents {@code name} as reserved (an unverified listing does not count). */
  public static boolean isReserved(String name) {
    return lookup(name).map(Entry::reserved).orElse(false);
  }

  /** Whether Lambda sets {@code name} for a Java function, in some configuration at least. */
  public static boolean isSetByLambda(String name) {
    return lookup(name).map(Entry::setByLambda).orElse(false);
  }

  /** Every name of the list. */
  static Set<String> names() {
    return TABLE.keySet();
  }

  private static Map<String, Entry> load() {
    Map<String, Entry> table = new LinkedHashMap<>();
    DataTable data = DataTable.read(LambdaEnvironmentVariables.class, RESOURCE, "\t", 5, "name");
    for (List<String> row : data.rows()) {
      String reserved = row.get(1);
      data.require(reserved.equals("yes") || reserved.equals("no") || reserved.equals("yes (UNVERIFIED)"), row,
          "reserved must be yes, no or yes (UNVERIFIED)");
      String set = row.get(4);
      data.require(!set.isEmpty(), row, "set_by_lambda_for_java is empty");
      data.require(!table.containsKey(row.get(0)), row, "listed twice");
      table.put(row.get(0), new Entry(row.get(0), reserved.equals("yes"), !set.startsWith("no"), set, row.get(2)));
    }
    return Map.copyOf(table);
  }
}
