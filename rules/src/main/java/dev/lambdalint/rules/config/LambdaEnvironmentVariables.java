package dev.lambdalint.rules.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
    try (InputStream in = LambdaEnvironmentVariables.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is missing");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cells = line.split("\t", -1);
        if (cells.length != 5 || cells[0].isBlank()) throw new IllegalStateException(RESOURCE + ": bad line: " + line);
        if (header) {
          header = false;
          if (cells[0].equals("name")) continue;
        }
        String reserved = cells[1].strip();
        if (!reserved.equals("yes") && !reserved.equals("no") && !reserved.equals("yes (UNVERIFIED)")) {
          throw new IllegalStateException(RESOURCE + ": reserved must be yes, no or yes (UNVERIFIED): " + line);
        }
        String set = cells[4].strip();
        if (set.isEmpty()) throw new IllegalStateException(RESOURCE + ": set_by_lambda_for_java is empty: " + line);
        if (table.containsKey(cells[0])) throw new IllegalStateException(RESOURCE + ": " + cells[0] + " listed twice");
        table.put(cells[0], new Entry(cells[0], reserved.equals("yes"), !set.startsWith("no"), set, cells[2].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(table);
  }
}
