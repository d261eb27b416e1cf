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
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the files a scan reads: Java sources and template candidates (YAML/JSON). Symbolic links
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

  /** CDK synth output holds templates (read them) but its Java copies are not sources. */
  private static final String CDK_OUT = "cdk.out";

  /** What the walk found, each list sorted. */
  record Found(List<Path> templates, List<Path> javaSources, List<Unreadable> unreadable) {}

  /** A path the walk could not enter or read. */
  record Unreadable(Path path, String reason) {}

  private FileDiscovery() {}

  static Found discover(List<Path> roots) throws LintException {
    Set<Path> templates = new TreeSet<>();
    Set<Path> java = new TreeSet<>();
    List<Unreadable> unreadable = new ArrayList<>();
    for (Path root : roots) {
      Path start = root.toAbsolutePath().normalize();
      if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
        throw new LintException("path does not exist: " + root);
      }
      if (Files.isRegularFile(start)) {
        classify(start, false, templates, java);
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
              classify(start.resolve(top.relativize(file)), isUnderCdkOut(top, file), templates, java);
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
    return new Found(List.copyOf(templates), List.copyOf(java), List.copyOf(unreadable));
  }

  private static void classify(Path file, boolean inCdkOut, Set<Path> templates, Set<Path> java) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".java")) {
      if (!inCdkOut) java.add(file);
    } else if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")
        || name.endsWith(".template")) {
      templates.add(file);
    }
  }

  private static boolean isUnderCdkOut(Path start, Path file) {
    for (Path part : start.relativize(file)) {
      if (part.toString().equals(CDK_OUT)) return true;
    }
    return false;
  }

  static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof java.nio.file.FileSystemLoopException) return "symbolic link loop";
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) return fse.getReason();
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
