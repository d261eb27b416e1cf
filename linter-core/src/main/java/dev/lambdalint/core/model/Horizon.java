package dev.lambdalint.core.model;

import java.nio.file.Path;

/**
 * How far a run's model reaches. A large repository is checked one project at a time (a folder and
 * what lies under it), so that memory is bounded by the largest project rather than by the
 * repository; the model then tells its horizon of every lookup that a file outside the project
 * might answer differently — a class no file of the project declares, a folder the project does not
 * hold whole, a function name its template does not declare — and the engine, once every project
 * has been read, checks those few against what the others declare and checks again, together, the
 * projects where the answer lies elsewhere. {@link #WHOLE}: the run reads everything at once.
 */
public interface Horizon {

  /** A run that reads everything at once: every lookup is answered within it. */
  Horizon WHOLE = new Horizon() {
    @Override
    public boolean answersInProject(Path from, Path answer) {
      return true;
    }

    @Override
    public void typeLookup(String qualifiedName, Path from) {}

    @Override
    public void folderLookup(Path folder) {}

    @Override
    public void functionNameLookup(String functionName, Path template) {}
  };

  /**
   * Whether a lookup made from {@code from} (a file or folder; null when it names none) and answered
   * by the file {@code answer} (null: nothing found) is settled inside {@code from}'s project: the
   * answer lies in that project, nearer to {@code from} than any file of another project can be.
   */
  boolean answersInProject(Path from, Path answer);

  /** A class looked up by name from {@code from} whose answer may lie in another project. */
  void typeLookup(String qualifiedName, Path from);

  /** A folder whose files were looked through (a function's code folder); it may hold other projects' files. */
  void folderLookup(Path folder);

  /** A {@code FunctionName} an invocation names that the caller's own template (a file) does not declare. */
  void functionNameLookup(String functionName, Path template);
}
