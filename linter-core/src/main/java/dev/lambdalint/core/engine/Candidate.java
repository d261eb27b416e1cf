package dev.lambdalint.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file the walk found, as front ends see it when they decide whether to {@link FrontEnd#claims
 * claim} it: its path, the folders between the walked folder and it, and its first bytes, read
 * only when asked for.
 *
 * @param path the file, absolute
 * @param walked the folder the walk started from (the file itself when it was given by itself)
 */
public record Candidate(Path path, Path walked) {
  /** How much of a file {@link #head} reads. */
  public static final int HEAD_BYTES = 64 * 1024;

  /** The file's name in lower case. */
  public String fileName() {
    return path.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  /**
   * True when the walked folder, or a folder between it and the file, is named {@code name}
   * ({@code cdk.out}: a walk of it meets the copies of code a synth staged there).
   */
  public boolean isInside(String name) {
    if (!path.startsWith(walked)) return false;
    if (!walked.equals(path) && walked.getFileName() != null && walked.getFileName().toString().equals(name)) return true;
    Path relative = walked.relativize(path);
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      if (relative.getName(i).toString().equals(name)) return true;
    }
    return false;
  }

  /** The first {@link #HEAD_BYTES} bytes of the file (fewer when it is shorter); none when unreadable. */
  public byte[] head() {
    return head(path, HEAD_BYTES);
  }

  /** The first {@code max} bytes of {@code file}; none when it cannot be read (the loader says why). */
  public static byte[] head(Path file, int max) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(max);
    } catch (IOException | RuntimeException e) {
      return new byte[0];
    }
  }
}
