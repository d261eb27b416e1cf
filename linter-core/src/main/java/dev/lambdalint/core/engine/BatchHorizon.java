package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.Horizon;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The horizon of one batch of projects ({@link ProjectBatches}): what the model looked up that a
 * file of another batch might answer. A lookup from inside a folder the batch holds whole, answered
 * inside that folder, is settled: nothing outside it can be nearer. The rest is kept, compactly (a
 * class name and the folder it was looked up from, a folder, a function name and its template),
 * for {@link ProjectClosure} to check once every batch has been read.
 */
final class BatchHorizon implements Horizon {
  /** A class looked up by name from a folder or file (null: from nowhere in particular). */
  record TypeLookup(String qualifiedName, Path from) {}

  /** A function name a caller's template does not declare. */
  record FunctionLookup(String functionName, Path template) {}

  private final Set<Path> wholeFolders;
  final Set<TypeLookup> types = ConcurrentHashMap.newKeySet();
  final Set<Path> folders = ConcurrentHashMap.newKeySet();
  final Set<FunctionLookup> functions = ConcurrentHashMap.newKeySet();
  /** Files the batch's report has findings on (a pom beside a function's code is reported from its template). */
  final Set<Path> reportedFiles = ConcurrentHashMap.newKeySet();

  BatchHorizon(List<Path> wholeFolders) {
    this.wholeFolders = Set.copyOf(wholeFolders);
  }

  /** The folder held whole that holds {@code path} (or is it); null when none does. */
  private Path wholeFolderOf(Path path) {
    for (Path p = path; p != null; p = p.getParent()) {
      if (wholeFolders.contains(p)) return p;
    }
    return null;
  }

  @Override
  public boolean answersInProject(Path from, Path answer) {
    Path folder = wholeFolderOf(from);
    return folder != null && answer != null && answer.startsWith(folder);
  }

  @Override
  public void typeLookup(String qualifiedName, Path from) {
    // From anywhere in a folder held whole, a file outside it is as near as from the folder itself.
    Path folder = wholeFolderOf(from);
    types.add(new TypeLookup(qualifiedName, folder != null ? folder : from));
  }

  @Override
  public void folderLookup(Path folder) {
    if (wholeFolderOf(folder) == null) folders.add(folder);
  }

  @Override
  public void functionNameLookup(String functionName, Path template) {
    functions.add(new FunctionLookup(functionName, template));
  }
}
