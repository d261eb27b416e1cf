package dev.lambdalint.core.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a file lambdalint did not choose — a configuration or baseline the user names, a pom a
 * rule reads beside a function — only when it is a regular file, and never more than a cap: a
 * device ({@code /dev/zero}) would read forever, a named pipe would block, a huge file would
 * exhaust the heap and lose every other file's findings.
 */
public final class BoundedFiles {
  private BoundedFiles() {}

  /**
   * The text of {@code file} (UTF-8, malformed bytes replaced).
   *
   * @throws IOException saying why the file was not read: not a regular file, larger than
   *     {@code maxBytes}, or unreadable
   */
  public static String read(Path file, long maxBytes) throws IOException {
    if (!Files.isRegularFile(file)) {
      if (!Files.exists(file)) throw new java.nio.file.NoSuchFileException(file.toString());
      throw new IOException("not a regular file (a folder, device or pipe), so it is not read");
    }
    // A file that grows while it is read still stops at the cap.
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) throw new IOException("larger than " + describe(maxBytes) + ", so it is not read");
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** The text of {@code file} when it is a regular file of at most {@code maxBytes}; else empty. */
  public static Optional<String> readIfWithin(Path file, long maxBytes) {
    try {
      return Optional.of(read(file, maxBytes));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String describe(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
  }
}
