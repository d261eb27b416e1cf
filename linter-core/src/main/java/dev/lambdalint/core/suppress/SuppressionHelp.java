package dev.lambdalint.core.suppress;

/**
 * The "how to suppress" paragraph of every rule's documentation, written once here rather than in
 * each rule's page: the page says <em>when</em> a suppression is right, this says how to write one.
 * It ends the page's {@code ## Suppressing} section, which is added when the page has none.
 */
public final class SuppressionHelp {
  private static final String HEADING = "## Suppressing";

  private SuppressionHelp() {}

  /** The paragraph for rule {@code id}. */
  public static String paragraph(String id) {
    return "To suppress one finding, write the reason beside it: in a template, `# lambdalint:ignore " + id
        + " reason` at the end of the line the finding starts on or alone on the line above it, or "
        + "`Metadata: {lambdalint: {ignore: [" + id + "]}}` on the resource; in Java, `// lambdalint:ignore " + id
        + " reason` the same way, or `@SuppressWarnings(\"lambdalint:" + id + "\")` on the class, method or field. "
        + "Suppressed findings stay in SARIF, marked as suppressed, and a suppression that no longer matches a "
        + "finding is reported (LL003). To turn the rule off or change its severity for a project, use "
        + "`.lambdalint.yml` (docs/configuration.md).";
  }

  /** {@code docs} with the paragraph at the end of its {@code ## Suppressing} section (added last when missing). */
  public static String appendTo(String docs, String id) {
    String text = docs.stripTrailing();
    int heading = sectionStart(text);
    if (heading < 0) return text + "\n\n" + HEADING + "\n" + paragraph(id) + "\n";
    int next = nextSection(text, heading + HEADING.length());
    String section = text.substring(0, next).stripTrailing();
    String rest = text.substring(next);
    return section + "\n\n" + paragraph(id) + (rest.isEmpty() ? "\n" : "\n\n" + rest + "\n");
  }

  /** Where the line {@code ## Suppressing} starts, outside fenced code; -1 when there is none. */
  private static int sectionStart(String text) {
    boolean fenced = false;
    int at = 0;
    for (String line : text.split("\n", -1)) {
      if (line.stripLeading().startsWith("```")) fenced = !fenced;
      if (!fenced && line.strip().equals(HEADING)) return at;
      at += line.length() + 1;
    }
    return -1;
  }

  /** Where the next heading of level 1 or 2 after {@code from} starts, outside fenced code; the end when none. */
  private static int nextSection(String text, int from) {
    boolean fenced = false;
    int at = text.indexOf('\n', from) + 1;
    if (at == 0) return text.length();
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      String line = end < 0 ? text.substring(at) : text.substring(at, end);
      if (line.stripLeading().startsWith("```")) fenced = !fenced;
      if (!fenced && (line.startsWith("# ") || line.startsWith("## "))) return at;
      if (end < 0) break;
      at = end + 1;
    }
    return text.length();
  }
}
