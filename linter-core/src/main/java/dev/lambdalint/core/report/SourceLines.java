package dev.lambdalint.core.report;

import dev.lambdalint.core.model.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lines of the files a report names, for the source shown around each finding. A file is read
 * once, only when it is a regular file of at most {@link #MAX_BYTES}, and only when it is text: a
 * file with a NUL byte (binary, or UTF-16 without a byte order mark) shows no source. UTF-8 with
 * malformed bytes replaced, a UTF-8 or UTF-16 byte order mark honoured. A file that cannot be read
 * (gone since the run, unreadable) shows no source either; nothing here throws.
 */
final class SourceLines {
  /** Larger files show no source: the report stays small and quick to write. */
  static final long MAX_BYTES = 4L * 1024 * 1024;

  private final Map<Path, Optional<List<String>>> files = new HashMap<>();

  /** The lines of {@code file} without their terminators, or empty when it is not shown. */
  Optional<List<String>> of(SourceFile file) {
    return files.computeIfAbsent(file.absolutePath(), SourceLines::read);
  }

  private static Optional<List<String>> read(Path path) {
    try {
      if (!Files.isRegularFile(path)) return Optional.empty();
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) return Optional.empty();
      String text;
      if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
        text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
      } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
        text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
      } else {
        for (byte b : bytes) {
          if (b == 0) return Optional.empty();
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
      }
      if (text.indexOf('\0') >= 0) return Optional.empty();
      // Lines end at \n, \r\n or a lone \r, as the run counted them.
      return Optional.of(List.of(text.split("\r\n|\r|\n", -1)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
