package dev.lambdalint.core.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file lambdalint read. {@code path} is what the user sees and what SARIF records: relative to
 * the scan root with forward slashes when the file lies under it, absolute otherwise.
 */
public final class SourceFile implements Comparable<SourceFile> {
  private final Path absolutePath;
  private final String path;

  public SourceFile(Path absolutePath, String path) {
    this.absolutePath = absolutePath.toAbsolutePath().normalize();
    this.path = Objects.requireNonNull(path);
  }

  /** A source file named relative to {@code root} when possible. */
  public static SourceFile of(Path file, Path root) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    String shown;
    if (abs.startsWith(base) && !abs.equals(base)) {
      shown = PathText.of(base.relativize(abs));
    } else if (abs.equals(base)) {
      shown = abs.getFileName() == null ? PathText.of(abs) : PathText.of(abs.getFileName());
    } else {
      shown = PathText.of(abs);
    }
    return new SourceFile(abs, shown.replace('\\', '/'));
  }

  public Path absolutePath() {
    return absolutePath;
  }

  /** Display path: relative to the scan root, forward slashes. */
  public String path() {
    return path;
  }

  /** True when {@link #path()} is relative to the scan root (so SARIF can use %SRCROOT%). */
  public boolean isUnderRoot() {
    // Not Path.of(path): a name decoded as UTF-8 need not be a valid path under an ASCII locale.
    return !(path.startsWith("/") || path.startsWith("\\") || path.matches("(?s)[A-Za-z]:[/\\\\].*"));
  }

  public String fileName() {
    return absolutePath.getFileName().toString();
  }

  @Override
  public int compareTo(SourceFile o) {
    return path.compareTo(o.path);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceFile other && other.absolutePath.equals(absolutePath);
  }

  @Override
  public int hashCode() {
    return absolutePath.hashCode();
  }

  @Override
  public String toString() {
    return path;
  }
}
