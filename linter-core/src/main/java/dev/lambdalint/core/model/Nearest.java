package dev.lambdalint.core.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Which of several same-named things a file means: the one nearest it in the repository, sharing
 * the longest leading run of folder names. A repository of several projects may declare
 * {@code helloworld.App}, or deploy a function named {@code orders}, in each; each project's
 * template and code are joined to their own. One rule for the model and for the engine's check of
 * a run made in batches, which must answer as the model does.
 */
public final class Nearest {
  private Nearest() {}

  /** Those of {@code candidates} nearest to {@code from}, in their order; the first alone when {@code from} is null. */
  public static <T> List<T> of(List<T> candidates, Function<T, Path> pathOf, Path from) {
    if (candidates.size() <= 1 || from == null) return candidates.isEmpty() ? List.of() : List.of(candidates.get(0));
    int best = -1;
    List<T> nearest = new ArrayList<>(2);
    for (T candidate : candidates) {
      int shared = sharedNames(from, pathOf.apply(candidate));
      if (shared > best) {
        best = shared;
        nearest.clear();
      }
      if (shared == best) nearest.add(candidate);
    }
    return nearest;
  }

  /** How many leading names two absolute paths share. */
  public static int sharedNames(Path a, Path b) {
    int n = 0;
    while (n < a.getNameCount() && n < b.getNameCount() && a.getName(n).equals(b.getName(n))) n++;
    return n;
  }
}
