package dev.lambdalint.core.report;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    // The process's own standard streams, however named: written where the shell pointed them (a
    // pipe, or a file it opened, whose earlier content stays), never reopened or replaced.
    if (STANDARD_OUTPUT.contains(absolute.toString())) {
      System.out.flush();
      writeTo(new FileOutputStream(FileDescriptor.out), content, false);
      return;
    }
    if (STANDARD_ERROR.contains(absolute.toString())) {
      System.err.flush();
      writeTo(new FileOutputStream(FileDescriptor.err), content, false);
      return;
    }
    Set<PosixFilePermission> permissions = null;
    if (Files.exists(absolute)) {
      absolute = absolute.toRealPath();
      if (!Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
        // A device or a named pipe (/dev/null, a FIFO) is written to, never replaced.
        writeTo(Files.newOutputStream(absolute, StandardOpenOption.WRITE), content, true);
        return;
      }
      PosixFileAttributeView view = Files.getFileAttributeView(absolute, PosixFileAttributeView.class);
      if (view != null) permissions = view.readAttributes().permissions();
    }
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    // Created like any new file (so the umask decides its permissions), under a short name of its
    // own (a 255-byte file name leaves no room for a longer one), and removed if the run is killed.
    Path temp = newTemporaryFile(dir);
    IN_FLIGHT.add(temp);
    try {
      writeTo(Files.newOutputStream(temp), content, true);
      PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
      if (view != null && permissions != null) view.setPermissions(permissions);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
      IN_FLIGHT.remove(temp);
    }
  }

  private static final Set<String> STANDARD_OUTPUT = Set.of("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1");
  private static final Set<String> STANDARD_ERROR = Set.of("/dev/stderr", "/dev/fd/2", "/proc/self/fd/2");

  /**
   * UTF-8 that never fails on a String: a lone surrogate (half an emoji, cut by a careless
   * truncation anywhere) is written as {@code ?} instead of aborting the whole report.
   */
  private static void writeTo(OutputStream stream, Content content, boolean close) throws IOException {
    Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
    try {
      content.writeTo(out);
      out.flush();
    } finally {
      if (close) out.close();
    }
  }

  /** Temporary files being written, deleted by a shutdown hook if the run is stopped (SIGTERM, Ctrl-C). */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (Path temp : IN_FLIGHT) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException e) {
          // best effort while the JVM exits
        }
      }
    }, "lambdalint-temporary-files"));
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private static Path newTemporaryFile(Path dir) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve(".lambdalint-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) throw e;
      }
    }
  }
}
