package dev.lambdalint.core.parse;

import java.util.List;
import java.util.Set;

/**
 * Parser messages quote the text they choked on ({@code Unrecognized token 'AKIA…'}), and that
 * text may be a secret. The user's text — quoted, or named without quotes by the few messages
 * that do so (an undefined alias, a tag handle) — longer than four characters is cut to its first
 * four code points and {@code ****} before a message leaves lambdalint; the parser's own words
 * ({@code 'null', 'true' or 'false'}, a feature such as {@code 'ALLOW_COMMENTS'}, a placeholder
 * such as {@code '<scalar>'}) stay as they are, so the message still says what went wrong.
 */
public final class ParserMessages {
  private static final int MAX_LENGTH = 300;

  /** Tokens the parsers quote from their own vocabulary, never from the input. */
  private static final Set<String> VOCABULARY = Set.of("null", "true", "false", "NaN", "Infinity", "+Infinity",
      "-Infinity", "+INF", "-INF");

  /** SnakeYAML messages that name the user's text without quotes: the token after these. */
  private static final List<String> UNQUOTED_USER_TEXT_AFTER = List.of("found undefined alias ",
      "found duplicate anchor ", "found undefined tag handle ", "found duplicate tag handle ", "for the tag ");

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
    String result = maskUnquoted(sb.toString());
    return result.length() > MAX_LENGTH ? result.substring(0, result.offsetByCodePoints(0,
        result.codePointCount(0, MAX_LENGTH))) + "…" : result;
  }

  /** The user's text as a message may show it: at most its first four code points, then {@code ****}. */
  public static String maskUserText(String text) {
    if (text.codePointCount(0, text.length()) < 5) return text;
    return text.substring(0, text.offsetByCodePoints(0, 4)) + "****";
  }

  private static String maskUnquoted(String line) {
    for (String prefix : UNQUOTED_USER_TEXT_AFTER) {
      int at = line.indexOf(prefix);
      if (at < 0) continue;
      int start = at + prefix.length();
      int end = start;
      while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != ';') end++;
      line = line.substring(0, start) + maskUserText(line.substring(start, end)) + line.substring(end);
    }
    return line;
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
    return isParserVocabulary(text) ? text : maskUserText(text);
  }

  /**
   * The parsers' own words: placeholders such as {@code '<document start>'}, JSON's literal
   * names, and feature names such as {@code 'ALLOW_COMMENTS'} (upper case words joined by
   * underscores: Jackson's, never a key's shape — an access key id has no underscore).
   */
  private static boolean isParserVocabulary(String text) {
    if (text.startsWith("<") && text.endsWith(">")) return true;
    if (VOCABULARY.contains(text)) return true;
    return text.indexOf('_') > 0 && text.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
  }
}
