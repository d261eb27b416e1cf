package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.parse.Columns;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decoded text of every file read in a run, for the lines fingerprints and suppressions are
 * read from. Each text is kept whole with where its lines start, and a line is cut out when asked
 * for: splitting every file into line strings up front cost 5 % of a corpus run, and memory.
 */
final class SourceTexts {
  private final Map<SourceFile, Lines> texts = new ConcurrentHashMap<>();

  void put(SourceFile file, String text) {
    texts.put(file, new Lines(text, lineStarts(text), Columns.hasSupplementary(text)));
  }

  /**
   * {@code range} with code-point columns (the unit of every report) instead of the UTF-16
   * columns used inside a run; unchanged for a file that was not read or holds no character
   * outside the Basic Multilingual Plane.
   */
  TextRange toCodePoints(SourceFile file, TextRange range) {
    Lines lines = texts.get(file);
    if (lines == null || !lines.supplementary) return range;
    return Columns.toCodePoints(range, n -> n >= 1 && n <= lines.size() ? lines.get(n - 1) : "");
  }

  /** Every line of {@code file} without its terminator, or none when it was not read. */
  List<String> lines(SourceFile file) {
    Lines lines = texts.get(file);
    return lines == null ? List.of() : lines;
  }

  /** Line {@code number} (1-based) of {@code file}, or "" when unknown. */
  String line(SourceFile file, int number) {
    Lines lines = texts.get(file);
    if (lines == null || number < 1 || number > lines.size()) return "";
    return lines.get(number - 1);
  }

  /** Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}; a text ending with one has an empty last line. */
  static int[] lineStarts(String text) {
    int[] starts = new int[Math.max(16, text.length() / 32)];
    int count = 1; // line 1 starts at 0
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  private static final class Lines extends AbstractList<String> {
    private final String text;
    private final int[] starts;
    private final boolean supplementary;

    Lines(String text, int[] starts, boolean supplementary) {
      this.text = text;
      this.starts = starts;
      this.supplementary = supplementary;
    }

    @Override
    public String get(int index) {
      int start = starts[index]; // throws for a bad index, as a list should
      if (index + 1 == starts.length) return text.substring(start);
      int end = starts[index + 1] - 1; // the terminator's last character
      if (text.charAt(end) == '\n' && end > start && text.charAt(end - 1) == '\r') end--;
      return text.substring(start, end);
    }

    @Override
    public int size() {
      return starts.length;
    }
  }
}
