package dev.lambdalint.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a report file all at once: to a temporary file beside it, then renamed over it, so an
 * interrupted run never leaves half a SARIF file for an upload step to choke on. A symbolic link
 * is followed (the file it points to is replaced, the link stays); a device or pipe such as
 * {@code /dev/null} or {@code /dev/stdout} is written to directly, never replaced. A new file gets
 * the usual {@code rw-r--r--}; a replaced file keeps its permissions.
 */
final class AtomicOutput {
  private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

  private AtomicOutput() {}

  /** What to write into the file. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Set<PosixFilePermission> permissions = NEW_FILE;
    if (Files.exists(absolute)) {
      absolute = absolute.toRealPath();
      if (!Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
        try (Writer out = Files.newBufferedWriter(absolute, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
          content.writeTo(out);
        }
        return;
      }
      PosixFileAttributeView view = Files.getFileAttributeView(absolute, PosixFileAttributeView.class);
      if (view != null) permissions = view.readAttributes().permissions();
    }
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
      if (view != null) view.setPermissions(permissions);
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
