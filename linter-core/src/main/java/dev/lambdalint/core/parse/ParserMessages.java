package dev.lambdalint.core.parse;

/**
 * Parser messages quote the text they choked on ({@code Unrecognized token 'AKIA…'}), and that
 * text may be a secret. Quoted text longer than four characters is cut to its first four and
 * {@code ****} before a message leaves lambdalint; the message still says what went wrong.
 */
public final class ParserMessages {
  private static final int MAX_LENGTH = 300;

  private ParserMessages() {}

  /** The first line of {@code message}, quoted text masked, at most 300 characters. */
  public static String clean(String message) {
    if (message == null) return "";
    int nl = message.indexOf('\n');
    String line = (nl < 0 ? message : message.substring(0, nl)).strip();
    StringBuilder sb = new StringBuilder(Math.min(line.length(), MAX_LENGTH + 16));
    int i = 0;
    while (i < line.length() && sb.length() <= MAX_LENGTH) {
      char c = line.charAt(i);
      int end = c == '\'' || c == '"' ? closingQuote(line, i) : -1;
      if (end < 0) {
        sb.append(c);
        i++;
        continue;
      }
      sb.append(c).append(mask(line.substring(i + 1, end))).append(c);
      i = end + 1;
    }
    String result = sb.toString();
    return result.length() > MAX_LENGTH ? result.substring(0, MAX_LENGTH) + "…" : result;
  }

  /**
   * Where the quoted span opened at {@code open} closes, or -1. Spans of any length count (so that
   * the end of one quote is never taken for the start of the next) and backslash escapes inside
   * them are skipped ({@code "\"AKIA…\""} is one span). A loop, not a regular expression: a
   * regex alternation repeated over a 100 000-character token overflows the stack.
   */
  private static int closingQuote(String line, int open) {
    char quote = line.charAt(open);
    for (int j = open + 1; j < line.length(); j++) {
      char c = line.charAt(j);
      if (c == '\\') j++;
      else if (c == quote) return j;
    }
    return -1;
  }

  private static String mask(String text) {
    if (text.length() >= 4 && text.matches("(?s)\\\\[\"'].*\\\\[\"']")) {
      text = text.substring(2, text.length() - 2); // a quoted literal quoted again: "\"AKIA…\""
    }
    return text.length() < 5 || isPlaceholder(text) ? text : text.substring(0, 4) + "****";
  }

  /** Parser vocabulary such as {@code '<document start>'} or {@code '<scalar>'} is not user text. */
  private static boolean isPlaceholder(String text) {
    return text.startsWith("<") && text.endsWith(">");
  }
}
