package dev.lambdalint.core.report;

/**
 * User text (messages, paths, logical ids, source lines, rule docs) made safe for HTML text and
 * attribute values: {@code & < > " '} become character references, so no text can open a tag,
 * close a {@code <script>} or {@code <textarea>}, or leave an attribute. Characters HTML forbids or a
 * reader should not have to trust are replaced too: a lone surrogate (half an emoji) and a
 * noncharacter by U+FFFD, a control character (tab and line feed kept) by U+FFFD, and a bidirectional
 * override or isolate ({@code U+202A}–{@code U+202E}, {@code U+2066}–{@code U+2069}: "Trojan Source"
 * lines that read differently from how they run) is written visibly as {@code <U+202E>}.
 */
final class HtmlText {
  private HtmlText() {}

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    append(sb, text);
    return sb.toString();
  }

  static void append(StringBuilder sb, String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\t', '\n' -> sb.append(c);
        default -> {
          if (Character.isHighSurrogate(c)) {
            if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
              int cp = Character.toCodePoint(c, text.charAt(i + 1));
              if ((cp & 0xFFFE) == 0xFFFE) {
                sb.append('\uFFFD');
              } else {
                sb.append(c).append(text.charAt(i + 1));
              }
              i++;
            } else {
              sb.append('\uFFFD');
            }
          } else if (Character.isLowSurrogate(c) || c < 0x20 || (c >= 0x7F && c <= 0x9F)
              || c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
            sb.append('\uFFFD');
          } else if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
            sb.append("&lt;U+").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append("&gt;");
          } else {
            sb.append(c);
          }
        }
      }
    }
  }
}
