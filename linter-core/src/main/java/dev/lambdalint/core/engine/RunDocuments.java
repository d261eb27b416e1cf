package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.SourceFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents a run holds, by file: those the walk loaded, and those a rule asked for that the
 * walk did not cover (a pom beside a function's code outside the scanned paths, or excluded by the
 * configuration), each loaded once by its front end on first request.
 */
final class RunDocuments {
  private final Map<Path, Document<?>> loaded = new HashMap<>();
  private final Map<Path, Optional<?>> aside = new ConcurrentHashMap<>();
  private final FrontEnds frontEnds;
  private final SourceLoader loader;
  private final Path root;

  RunDocuments(List<Document<?>> documents, FrontEnds frontEnds, SourceLoader loader, Path root) {
    for (Document<?> d : documents) loaded.put(d.file().absolutePath(), d);
    this.frontEnds = frontEnds;
    this.loader = loader;
    this.root = root;
  }

  <D> Optional<D> get(Path path, Class<D> type) {
    Path file = path.toAbsolutePath().normalize();
    Document<?> held = loaded.get(file);
    if (held != null && held.as(type) != null) return Optional.of(held.as(type));
    Optional<?> found = aside.computeIfAbsent(file, f -> frontEnds.loadAside(SourceFile.of(f, root), type, loader));
    return found.filter(type::isInstance).map(type::cast);
  }
}
