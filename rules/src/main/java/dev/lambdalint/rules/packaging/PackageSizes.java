package dev.lambdalint.rules.packaging;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Measures deployment packages without unpacking them: an archive's size on disk and, from its
 * central directory alone, the size it unzips to; a folder's files summed, never following a
 * symbolic link (a link out of the folder is not part of what SAM zips up).
 */
final class PackageSizes {
  static final long MB = 1024L * 1024L;

  private PackageSizes() {}

  /** A folder's walk stops after this many files, */
  static final int MAX_FILES = 200_000;
  /** or after this long: a {@code CodeUri} may name a huge tree ({@code /usr}, a network mount). */
  static final Duration MAX_WALK = Duration.ofSeconds(10);

  /**
   * What a package measures: its size as uploaded (when an archive) and unzipped. {@code stopped}
   * says why a folder's walk stopped before its end (its size is then a lower bound), else null.
   */
  record Measured(Path path, boolean archive, long zipped, Optional<Long> unzipped, String stopped) {
    Measured(Path path, boolean archive, long zipped, Optional<Long> unzipped) {
      this(path, archive, zipped, unzipped, null);
    }

    boolean partial() {
      return stopped != null;
    }
  }

  /** {@code a + b}, or {@link Long#MAX_VALUE} when that overflows: sizes an archive claims may be anything. */
  static long add(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
  }

  static boolean isArchive(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".zip") || name.endsWith(".jar");
  }

  /** An archive or a folder, measured; empty when it does not exist or cannot be read. */
  static Optional<Measured> measure(Path path) {
    try {
      if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && isArchive(path)) {
        return Optional.of(new Measured(path, true, Files.size(path), unzippedSize(path)));
      }
      if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        Walk walk = folderSize(path, MAX_FILES, MAX_WALK);
        return Optional.of(new Measured(path, false, walk.bytes(), Optional.of(walk.bytes()), walk.stopped()));
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable: nothing to say
    }
    return Optional.empty();
  }

  /** The sum of the entries' uncompressed sizes, read from the central directory only. */
  static Optional<Long> unzippedSize(Path archive) {
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      long total = 0;
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        long size = entries.nextElement().getSize();
        if (size < 0) return Optional.empty();
        total = add(total, size); // a ZIP64 directory may claim 2^62 bytes twice
      }
      return Optional.of(total);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not a valid archive: only its size on disk is known
    }
  }

  /** A folder's size, and why the walk stopped early (null when it did not). */
  record Walk(long bytes, long files, String stopped) {}

  /**
   * The folder's regular files summed, never following a link, stopping after {@code maxFiles}
   * entries (files and folders) or after {@code maxTime}.
   */
  static Walk folderSize(Path folder, long maxFiles, Duration maxTime) throws IOException {
    long deadline = System.nanoTime() + maxTime.toNanos();
    final class Counter extends SimpleFileVisitor<Path> {
      long bytes;
      long entries;
      String stopped;

      private FileVisitResult next() {
        entries++;
        if (entries >= maxFiles) {
          stopped = "the walk stopped after " + maxFiles + " files";
        } else if ((entries & 1023) == 0 && System.nanoTime() - deadline > 0) {
          stopped = "the walk stopped after " + maxTime.toSeconds() + " s, " + entries + " files";
        }
        return stopped == null ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
      }

      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return next();
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) bytes = add(bytes, attrs.size());
        return next();
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    }
    Counter counter = new Counter();
    Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, counter);
    return new Walk(counter.bytes, counter.entries, counter.stopped);
  }

  /**
   * The jar a Maven module folder packages: the largest jar directly in {@code target/} that is
   * not an original (pre-shade), sources, javadoc or tests jar — so a shaded jar wins.
   */
  static Optional<Path> packagedJar(Path moduleFolder) {
    Path target = moduleFolder.resolve("target");
    if (!Files.isRegularFile(moduleFolder.resolve("pom.xml")) || !Files.isDirectory(target)) return Optional.empty();
    try (Stream<Path> files = Files.list(target)) {
      List<Path> jars = files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> {
            String name = p.getFileName().toString();
            return name.endsWith(".jar") && !name.startsWith("original-") && !name.endsWith("-sources.jar")
                && !name.endsWith("-javadoc.jar") && !name.endsWith("-tests.jar");
          })
          .sorted(Comparator.comparing(Path::toString))
          .toList();
      return jars.stream().max(Comparator.comparingLong(PackageSizes::sizeOrZero));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static long sizeOrZero(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  /** {@code 61.2 MB}. */
  static String format(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
  }
}
