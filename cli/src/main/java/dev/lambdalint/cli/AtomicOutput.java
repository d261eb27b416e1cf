package dev.lambdalint.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report file all at once: to a temporary file beside it, then renamed over it, so an
 * interrupted run never leaves half a SARIF file for an upload step to choke on.
 */
final class AtomicOutput {
  private AtomicOutput() {}

  /** What to write into the file. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
