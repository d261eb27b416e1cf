package dev.lambdalint.core.config;

import dev.lambdalint.core.model.RuleMeta;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds a rule by id or name, and the nearest one when a user mistyped it. */
public final class RuleLookup {
  private RuleLookup() {}

  /** The rule whose id (any case) or name is {@code idOrName}. */
  public static Optional<RuleMeta> find(String idOrName, Collection<RuleMeta> rules) {
    String key = idOrName.strip();
    return rules.stream()
        .filter(r -> r.id().equalsIgnoreCase(key) || r.name().equals(key.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** The rule closest to {@code typed} by edit distance on id or name, when it is close enough. */
  public static Optional<RuleMeta> suggest(String typed, Collection<RuleMeta> rules) {
    String t = typed.strip().toLowerCase(Locale.ROOT);
    RuleMeta best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (RuleMeta r : rules) {
      int d = Math.min(distance(t, r.id().toLowerCase(Locale.ROOT)), distance(t, r.name()));
      if (d < bestDistance) {
        bestDistance = d;
        best = r;
      }
    }
    if (best == null) return Optional.empty();
    int allowed = Math.max(2, t.length() / 3);
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** The closest of {@code words} to {@code typed}, when close enough. */
  public static Optional<String> closest(String typed, List<String> words) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String w : words) {
      int d = distance(typed.toLowerCase(Locale.ROOT), w.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = w;
      }
    }
    return best != null && bestDistance <= Math.max(2, typed.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
