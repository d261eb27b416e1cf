package dev.lambdalint.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of Markdown the rule docs use — headings, paragraphs, fenced code, bullet and
 * numbered lists (one level of nesting), block quotes, {@code `code`}, {@code **strong**},
 * {@code *emphasis*} and links — as HTML for the report's inline rule help. Every character of the
 * source is escaped first ({@link HtmlText}) and only this class's own tags are added, so raw HTML
 * in a doc shows as text; a link keeps its address only when it is {@code https://} or
 * {@code http://} (a relative link would point nowhere beside a standalone file, a
 * {@code javascript:} one must never be clickable).
 */
final class MarkdownHtml {
  private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*?)\\s*#*\\s*");
  private static final Pattern BULLET = Pattern.compile("( *)([-*+]|\\d{1,3}[.)])\\s+(.*)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\(([^)\\s]+)\\)");
  private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])([^*\\n]+?)(?<=\\S)\\*(?![\\w*])");

  private MarkdownHtml() {}

  /**
   * {@code markdown} as HTML; its headings start at {@code <h[topLevel]>} (a {@code #} heading) so
   * they sit under the page's own. A first line {@code # <skipHeading>} is left out (the report shows
   * the rule's id and name already).
   */
  static String render(String markdown, int topLevel, String skipHeading) {
    List<String> lines = new ArrayList<>(List.of(markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
    StringBuilder html = new StringBuilder();
    List<String> paragraph = new ArrayList<>();
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) i++;
    if (i < lines.size() && skipHeading != null && lines.get(i).strip().equals("# " + skipHeading)) i++;
    while (i < lines.size()) {
      String line = lines.get(i);
      String stripped = line.strip();
      if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
        flushParagraph(html, paragraph);
        String fence = stripped.substring(0, 3);
        String language = stripped.substring(3).strip().replaceAll("[^A-Za-z0-9_+-]", "");
        StringBuilder code = new StringBuilder();
        i++;
        while (i < lines.size() && !lines.get(i).strip().startsWith(fence)) {
          code.append(lines.get(i)).append('\n');
          i++;
        }
        i++; // the closing fence, or past the end
        html.append("<pre class=\"code\"><code").append(language.isEmpty() ? "" : " class=\"language-" + language + "\"")
            .append('>');
        HtmlText.append(html, code.toString().stripTrailing());
        html.append("</code></pre>\n");
        continue;
      }
      if (stripped.isEmpty()) {
        flushParagraph(html, paragraph);
        i++;
        continue;
      }
      Matcher heading = HEADING.matcher(stripped);
      if (heading.matches() && line.startsWith("#")) {
        flushParagraph(html, paragraph);
        int level = Math.min(6, topLevel + heading.group(1).length() - 1);
        html.append("<h").append(level).append('>').append(inline(heading.group(2))).append("</h").append(level).append(">\n");
        i++;
        continue;
      }
      if (BULLET.matcher(line).matches() && paragraph.isEmpty()) {
        i = list(lines, i, html);
        continue;
      }
      if (stripped.startsWith(">")) {
        flushParagraph(html, paragraph);
        List<String> quoted = new ArrayList<>();
        while (i < lines.size() && lines.get(i).strip().startsWith(">")) {
          quoted.add(lines.get(i).strip().substring(1).strip());
          i++;
        }
        html.append("<blockquote><p>").append(inline(String.join(" ", quoted))).append("</p></blockquote>\n");
        continue;
      }
      if (stripped.startsWith("|")) {
        // A table: kept as written, which reads well in a monospaced block.
        flushParagraph(html, paragraph);
        StringBuilder table = new StringBuilder();
        while (i < lines.size() && lines.get(i).strip().startsWith("|")) {
          table.append(lines.get(i).strip()).append('\n');
          i++;
        }
        html.append("<pre class=\"table\">");
        HtmlText.append(html, table.toString().stripTrailing());
        html.append("</pre>\n");
        continue;
      }
      paragraph.add(stripped);
      i++;
    }
    flushParagraph(html, paragraph);
    return html.toString();
  }

  private static void flushParagraph(StringBuilder html, List<String> paragraph) {
    if (paragraph.isEmpty()) return;
    html.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>\n");
    paragraph.clear();
  }

  /** A list from line {@code start}: items, their continuation lines, and one level of nested items; returns the next line. */
  private static int list(List<String> lines, int start, StringBuilder html) {
    Matcher first = BULLET.matcher(lines.get(start));
    first.matches();
    int indent = first.group(1).length();
    boolean ordered = Character.isDigit(first.group(2).charAt(0));
    List<StringBuilder> items = new ArrayList<>();
    List<List<String>> nested = new ArrayList<>();
    int i = start;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        // A blank line ends the list unless the next line goes on with it.
        Matcher next = i + 1 < lines.size() ? BULLET.matcher(lines.get(i + 1)) : null;
        if (next != null && next.matches() && next.group(1).length() >= indent
            && (next.group(1).length() > indent || Character.isDigit(next.group(2).charAt(0)) == ordered)) {
          i++;
          continue;
        }
        break;
      }
      Matcher m = BULLET.matcher(line);
      if (m.matches() && m.group(1).length() <= indent + 1) {
        if (m.group(1).length() < indent || Character.isDigit(m.group(2).charAt(0)) != ordered) break;
        items.add(new StringBuilder(m.group(3).strip()));
        nested.add(new ArrayList<>());
      } else if (m.matches() && !items.isEmpty()) {
        nested.get(nested.size() - 1).add(m.group(3).strip());
      } else if (leading(line) > indent && !items.isEmpty() && !line.strip().startsWith("```")) {
        List<String> sub = nested.get(nested.size() - 1);
        if (sub.isEmpty()) {
          items.get(items.size() - 1).append(' ').append(line.strip());
        } else {
          sub.set(sub.size() - 1, sub.get(sub.size() - 1) + " " + line.strip());
        }
      } else {
        break;
      }
      i++;
    }
    String tag = ordered ? "ol" : "ul";
    html.append('<').append(tag).append(">\n");
    for (int k = 0; k < items.size(); k++) {
      html.append("<li>").append(inline(items.get(k).toString()));
      if (!nested.get(k).isEmpty()) {
        html.append("<ul>");
        for (String sub : nested.get(k)) html.append("<li>").append(inline(sub)).append("</li>");
        html.append("</ul>");
      }
      html.append("</li>\n");
    }
    html.append("</").append(tag).append(">\n");
    return i;
  }

  private static int leading(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') n++;
    return n;
  }

  /** Code spans, then links, strong and emphasis in the text between them; everything escaped. */
  static String inline(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('`', i);
      if (open < 0) {
        out.append(spans(text.substring(i)));
        break;
      }
      int ticks = 1;
      while (open + ticks < text.length() && text.charAt(open + ticks) == '`') ticks++;
      String fence = "`".repeat(ticks);
      int close = text.indexOf(fence, open + ticks);
      if (close < 0) {
        out.append(spans(text.substring(i)));
        break;
      }
      out.append(spans(text.substring(i, open)));
      out.append("<code>");
      HtmlText.append(out, text.substring(open + ticks, close).strip());
      out.append("</code>");
      i = close + ticks;
    }
    return out.toString();
  }

  private static String spans(String text) {
    StringBuilder out = new StringBuilder();
    Matcher link = LINK.matcher(text);
    int at = 0;
    while (link.find()) {
      out.append(emphasis(text.substring(at, link.start())));
      String target = link.group(2);
      if (target.startsWith("https://") || target.startsWith("http://")) {
        out.append("<a href=\"").append(HtmlText.escape(target)).append("\" rel=\"noopener noreferrer\">")
            .append(emphasis(link.group(1))).append("</a>");
      } else {
        out.append(emphasis(link.group(1)));
      }
      at = link.end();
    }
    out.append(emphasis(text.substring(at)));
    return out.toString();
  }

  /** Escapes {@code text}, then turns its {@code **…**} and {@code *…*} (never markup of the text's own) into tags. */
  private static String emphasis(String text) {
    String escaped = HtmlText.escape(text);
    escaped = STRONG.matcher(escaped).replaceAll("<strong>$1</strong>");
    return EMPHASIS.matcher(escaped).replaceAll("<em>$1</em>");
  }
}
