package dev.lambdalint.core.model;

/**
 * A region of a file: 1-based lines and columns, end column exclusive (one past the last
 * character), as SARIF regions are.
 */
public record TextRange(int startLine, int startColumn, int endLine, int endColumn)
    implements Comparable<TextRange> {

  public TextRange {
    if (startLine < 1 || startColumn < 1) {
      throw new IllegalArgumentException("1-based positions expected: " + startLine + ":" + startColumn);
    }
    if (endLine < startLine || (endLine == startLine && endColumn < startColumn)) {
      endLine = startLine;
      endColumn = startColumn;
    }
  }

  /** The whole of line {@code line}'s first character; used for file-level findings. */
  public static TextRange startOfLine(int line) {
    return new TextRange(line, 1, line, 1);
  }

  public static TextRange at(int line, int column) {
    return new TextRange(line, column, line, column);
  }

  @Override
  public int compareTo(TextRange o) {
    int c = Integer.compare(startLine, o.startLine);
    if (c == 0) c = Integer.compare(startColumn, o.startColumn);
    if (c == 0) c = Integer.compare(endLine, o.endLine);
    if (c == 0) c = Integer.compare(endColumn, o.endColumn);
    return c;
  }

  @Override
  public String toString() {
    return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
  }
}
