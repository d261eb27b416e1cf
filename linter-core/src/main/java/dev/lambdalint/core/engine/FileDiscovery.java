package dev.lambdalint.core.engine;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the files a scan reads: those a front end claims ({@link FrontEnd#claims}). Symbolic links
 * inside the scanned folders are not followed, so a link loop cannot trap the walk (a link given
 * as the path to scan is); build output and VCS folders are skipped.
 */
final class FileDiscovery {

  /**
   * Folders never worth reading: build output, VCS data, dependencies, SAM build copies, and
   * Maven archetype sources (Velocity templates of a project, not a project: neither valid
   * YAML nor valid Java until the archetype is instantiated).
   */
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "build", ".git", ".hg", ".svn",
      "node_modules", ".aws-sam", ".gradle", ".idea", "archetype-resources");

  /** What the walk found, each list sorted by path. */
  record Found(List<Claimed> files, List<Unreadable> unreadable) {}

  /** A file and the front end that claimed it. */
  record Claimed(Path path, FrontEnd<?> frontEnd) {}

  /** A path the walk could not enter or read. */
  record Unreadable(Path path, String reason) {}

  private FileDiscovery() {}

  static Found discover(List<Path> roots, FrontEnds frontEnds) throws LintException {
    Map<Path, FrontEnd<?>> claimed = new TreeMap<>();
    List<Unreadable> unreadable = new ArrayList<>();
    for (Path root : roots) {
      Path start = root.toAbsolutePath().normalize();
      if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
        throw new LintException("path does not exist: " + root);
      }
      if (Files.isRegularFile(start)) {
        classify(new Candidate(start, start), frontEnds, claimed);
        continue;
      }
      // A link given as the path to scan is followed (the user named it); links inside are not.
      // Files are still reported under the path as given.
      Path walkRoot = start;
      if (Files.isSymbolicLink(start) && Files.isDirectory(start)) {
        try {
          walkRoot = start.toRealPath();
        } catch (IOException e) {
          throw new LintException("cannot read " + root + ": " + describe(e), e);
        }
      }
      Path top = walkRoot;
      try {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(top) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
              classify(new Candidate(start.resolve(top.relativize(file)), start), frontEnds, claimed);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            unreadable.add(new Unreadable(start.resolve(top.relativize(file)), describe(e)));
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        throw new LintException("cannot read " + root + ": " + describe(e), e);
      }
    }
    unreadable.sort((a, b) -> a.path().compareTo(b.path()));
    List<Claimed> files = new ArrayList<>(claimed.size());
    claimed.forEach((path, frontEnd) -> files.add(new Claimed(path, frontEnd)));
    return new Found(List.copyOf(files), List.copyOf(unreadable));
  }

  /** The first front end claiming the file gets it; a file found twice keeps its first claim. */
  private static void classify(Candidate file, FrontEnds frontEnds, Map<Path, FrontEnd<?>> claimed) {
    if (claimed.containsKey(file.path())) return;
    frontEnds.claiming(file).ifPresent(frontEnd -> claimed.put(file.path(), frontEnd));
  }

  static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof java.nio.file.FileSystemLoopException) return "symbolic link loop";
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) return fse.getReason();
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
