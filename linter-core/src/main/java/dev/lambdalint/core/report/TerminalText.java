package dev.lambdalint.core.report;

/**
 * User text (file names, logical ids, messages quoting them) made safe for a terminal or a CI log:
 * every control character — C0 ({@code \n}, {@code \r}, {@code ESC} …, tab excepted), {@code DEL}
 * and C1 ({@code U+0080}–{@code U+009F}, where {@code U+009B} is a one-character CSI on some
 * terminals) — is shown escaped, so a logical id holding {@code \e[2J} cannot clear the screen and a
 * file named {@code a\n::error::x} cannot start a line of its own. Used by the text report, the
 * JUnit report's text and the Maven plugin's log lines; the colour codes the text report adds are
 * added after escaping.
 */
public final class TerminalText {
  private TerminalText() {}

  /** {@code text} with every control character but tab written as {@code \n}, {@code \r} or {@code \}{@code uXXXX}. */
  public static String escape(String text) {
    if (text == null) return null;
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = c == '\n' ? "\\n"
          : c == '\r' ? "\\r"
          : (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) ? String.format("\\u%04x", (int) c)
          : null;
      if (replacement == null) {
        if (sb != null) sb.append(c);
        continue;
      }
      if (sb == null) sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      sb.append(replacement);
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * A whole line of user text: escaped, and never starting with {@code ::} (a GitHub Actions
   * workflow command).
   */
  public static String line(String text) {
    return guardWorkflowCommand(escape(text));
  }

  /** {@code line} (already escaped) prefixed with {@code ./} when it starts with {@code ::}. */
  static String guardWorkflowCommand(String line) {
    return line.startsWith("::") ? "./" + line : line;
  }
}
