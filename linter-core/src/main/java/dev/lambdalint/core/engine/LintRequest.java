package dev.lambdalint.core.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * What to lint: files and directories, and the root that output paths are relative to (the
 * working directory for the CLI, the project base directory for the Maven plugin).
 */
public record LintRequest(List<Path> paths, Path root) {

  public LintRequest {
    paths = List.copyOf(paths);
    root = root.toAbsolutePath().normalize();
  }

  public static LintRequest of(Path root, Path... paths) {
    return new LintRequest(List.of(paths), root);
  }
}
