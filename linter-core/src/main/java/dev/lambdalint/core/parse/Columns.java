package dev.lambdalint.core.parse;

import dev.lambdalint.core.model.TextRange;

/**
 * Columns in one unit. Inside lambdalint a column is a UTF-16 index into the line plus one (what
 * Java strings, JavaParser and Jackson count); reports give Unicode code points, the unit the
 * SARIF report declares ({@code run.columnKind: unicodeCodePoints}, SARIF 2.1.0 §3.14.17). The two
 * differ only on lines holding characters outside the Basic Multilingual Plane (an emoji, 𝔸), so
 * a text without any is never converted.
 */
public final class Columns {
  private Columns() {}

  /** Whether {@code text} holds a surrogate, i.e. whether its two column units can differ. */
  public static boolean hasSupplementary(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) return true;
    }
    return false;
  }

  /** The code-point column of UTF-16 column {@code column} on {@code line} (past the end: kept past it). */
  public static int toCodePoints(String line, int column) {
    int index = column - 1;
    if (index <= 0) return column;
    int within = Math.min(index, line.length());
    return line.codePointCount(0, within) + (index - within) + 1;
  }

  /** The UTF-16 column of code-point column {@code column} on {@code line}. */
  public static int toUtf16(String line, int column) {
    int points = column - 1;
    if (points <= 0) return column;
    int available = line.codePointCount(0, line.length());
    if (points >= available) return line.length() + (points - available) + 1;
    return line.offsetByCodePoints(0, points) + 1;
  }

  /** {@code range}'s columns from UTF-16 to code points, the lines given by {@code lineOf} (1-based). */
  public static TextRange toCodePoints(TextRange range, java.util.function.IntFunction<String> lineOf) {
    int start = toCodePoints(lineOf.apply(range.startLine()), range.startColumn());
    int end = toCodePoints(lineOf.apply(range.endLine()), range.endColumn());
    if (start == range.startColumn() && end == range.endColumn()) return range;
    return new TextRange(range.startLine(), start, range.endLine(), end);
  }
}
