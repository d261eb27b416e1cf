package dev.lambdalint.rules.packaging;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
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

  /** What a package measures: its size as uploaded (when an archive) and unzipped. */
  record Measured(Path path, boolean archive, long zipped, Optional<Long> unzipped) {}

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
        long total = folderSize(path);
        return Optional.of(new Measured(path, false, total, Optional.of(total)));
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
        total += size;
      }
      return Optional.of(total);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not a valid archive: only its size on disk is known
    }
  }

  private static long folderSize(Path folder) throws IOException {
    long[] total = {0};
    Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) total[0] += attrs.size();
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
    return total[0];
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
