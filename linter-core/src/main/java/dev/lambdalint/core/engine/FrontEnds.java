package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The front ends installed on the class path ({@link FrontEnd}), in the order they are listed:
 * the one list every step of a run goes through — which files the walk keeps, how each is loaded,
 * checked and suppressed, what the summary counts, what a file given alone needs read with it.
 */
public final class FrontEnds {
  private static volatile FrontEnds installed;

  private final List<FrontEnd<?>> all;

  FrontEnds(List<? extends FrontEnd<?>> all) {
    if (all.isEmpty()) throw new IllegalStateException("no front end is installed (META-INF/services/" + FrontEnd.class.getName() + ")");
    this.all = List.copyOf(all);
  }

  /** The front ends on lambdalint's class path, found once per process. */
  public static FrontEnds installed() {
    FrontEnds found = installed;
    if (found == null) {
      synchronized (FrontEnds.class) {
        found = installed;
        if (found == null) {
          List<FrontEnd<?>> list = new ArrayList<>();
          ServiceLoader.load(FrontEnd.class, FrontEnds.class.getClassLoader()).forEach(list::add);
          found = installed = new FrontEnds(list);
        }
      }
    }
    return found;
  }

  /** Every installed front end, in the order files are offered to them. */
  public List<FrontEnd<?>> all() {
    return all;
  }

  /** The first front end that claims {@code file}, if any. */
  Optional<FrontEnd<?>> claiming(Candidate file) {
    for (FrontEnd<?> frontEnd : all) {
      if (frontEnd.claims(file)) return Optional.of(frontEnd);
    }
    return Optional.empty();
  }

  /** Where a front end stands in the list: documents are kept in that order, then by file. */
  int indexOf(FrontEnd<?> frontEnd) {
    return all.indexOf(frontEnd);
  }

  /**
   * Loads {@code file} as a document of type {@code type}, outside the walk (a pom beside a
   * function's code that the scan did not cover), with the front end of that type that claims it;
   * empty when none does or it does not load. Nothing is reported: what a run reports about a
   * file comes from reading it in the walk.
   */
  <D> Optional<D> loadAside(SourceFile file, Class<D> type, SourceLoader loader) {
    Candidate candidate = new Candidate(file.absolutePath(), file.absolutePath());
    for (FrontEnd<?> frontEnd : all) {
      if (frontEnd.documentType() == type && frontEnd.claims(candidate)) {
        return loader.load(frontEnd, file, null, f -> {}).map(d -> type.cast(d.document()));
      }
    }
    return Optional.empty();
  }
}
