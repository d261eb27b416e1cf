package dev.lambdalint.rules.iam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The actions that accept only {@code Resource: "*"}, read once from {@code star-only-actions.txt}. */
final class StarOnlyActions {
  private static final String RESOURCE = "star-only-actions.txt";
  private static final List<String> ENTRIES = load();

  private StarOnlyActions() {}

  /**
   * Whether {@code action} (as written in a statement, any case, possibly with wildcards) grants
   * only actions that accept nothing but {@code "*"}. A pattern ({@code ec2:DescribeVpc*}) counts
   * only under a listed prefix ({@code ec2:Describe*}): IAM knows actions this list does not.
   */
  static boolean covers(String action) {
    String a = action.strip().toLowerCase(Locale.ROOT);
    for (String entry : ENTRIES) {
      if (entry.endsWith("*")) {
        String prefix = entry.substring(0, entry.length() - 1);
        String fixed = a.contains("*") || a.contains("?") ? a.substring(0, firstWildcard(a)) : a;
        if (fixed.startsWith(prefix) && fixed.indexOf(':') > 0) return true;
      } else if (a.equals(entry)) {
        return true;
      }
    }
    return false;
  }

  private static int firstWildcard(String s) {
    int star = s.indexOf('*');
    int q = s.indexOf('?');
    if (star < 0) return q < 0 ? s.length() : q;
    return q < 0 ? star : Math.min(star, q);
  }

  private static List<String> load() {
    List<String> entries = new ArrayList<>();
    try (InputStream in = StarOnlyActions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is missing");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        int hash = line.indexOf('#');
        String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (entry.isEmpty()) continue;
        if (!entry.matches("[A-Za-z0-9-]+:[A-Za-z0-9*]+")) throw new IllegalStateException(RESOURCE + ": bad entry: " + line);
        entries.add(entry.toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(entries);
  }
}
