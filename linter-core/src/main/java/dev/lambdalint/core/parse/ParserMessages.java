package dev.lambdalint.core.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser messages quote the text they choked on ({@code Unrecognized token 'AKIA…'}), and that
 * text may be a secret. Quoted text longer than four characters is cut to its first four and
 * {@code ****} before a message leaves lambdalint; the message still says what went wrong.
 */
public final class ParserMessages {
  /**
   * Quoted spans of any length (so that the end of one quote is never taken for the start of the
   * next), backslash escapes inside them included ({@code "\"AKIA…\""} is one span).
   */
  private static final Pattern QUOTED = Pattern.compile("(['\"])((?:\\\\.|(?!\\1)[^\\\\\\n])*)\\1");
  private static final int MAX_LENGTH = 300;

  private ParserMessages() {}

  /** The first line of {@code message}, quoted text masked, at most 300 characters. */
  public static String clean(String message) {
    if (message == null) return "";
    int nl = message.indexOf('\n');
    String line = (nl < 0 ? message : message.substring(0, nl)).strip();
    Matcher m = QUOTED.matcher(line);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String quote = m.group(1);
      String text = m.group(2);
      if (text.length() >= 4 && text.matches("(?s)\\\\[\"'].*\\\\[\"']")) {
        text = text.substring(2, text.length() - 2); // a quoted literal quoted again: "\"AKIA…\""
      }
      String masked = text.length() < 5 || isPlaceholder(text) ? text : text.substring(0, 4) + "****";
      m.appendReplacement(sb, Matcher.quoteReplacement(quote + masked + quote));
    }
    m.appendTail(sb);
    String result = sb.toString();
    return result.length() > MAX_LENGTH ? result.substring(0, MAX_LENGTH) + "…" : result;
  }

  /** Parser vocabulary such as {@code '<document start>'} or {@code '<scalar>'} is not user text. */
  private static boolean isPlaceholder(String text) {
    return text.startsWith("<") && text.endsWith(">");
  }
}
