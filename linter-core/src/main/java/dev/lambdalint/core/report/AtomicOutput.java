package dev.lambdalint.core.report;

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
import java.util.Set;

/**
 * Writes a report file all at once: to a temporary file beside it, then renamed over it, so an
 * interrupted run never leaves half a SARIF file for an upload step to choke on. A symbolic link
 * is followed (the file it points to is replaced, the link stays); a device or pipe such as
 * {@code /dev/null} or {@code /dev/stdout} is written to directly, never replaced. A new file gets
 * the permissions any new file gets (the umask's: {@code rw-r--r--} under the usual 022), not the
 * owner-only ones of a temporary file; a replaced file keeps its permissions. Used by the CLI and
 * the Maven plugin alike.
 */
public final class AtomicOutput {
  private AtomicOutput() {}

  /** What to write into the file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Set<PosixFilePermission> permissions = null;
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
    // Created like any new file (so the umask decides its permissions), under a name no one else uses.
    Path temp = newTemporaryFile(dir, absolute.getFileName().toString());
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
      if (view != null && permissions != null) view.setPermissions(permissions);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private static Path newTemporaryFile(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt > 100) throw e;
      }
    }
  }
}
