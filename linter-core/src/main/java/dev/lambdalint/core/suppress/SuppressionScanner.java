package dev.lambdalint.core.suppress;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.lambdalint.core.config.RuleLookup;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.template.ListNode;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Template;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the suppressions written in a file. Each names a rule by id or name and may give a reason:
 * <ul>
 *   <li>Java: {@code @SuppressWarnings("lambdalint:LL101")} (optionally {@code "lambdalint:LL101
 *       reason"}) on a class, method, constructor, field, parameter or local variable covers the
 *       findings inside that declaration;</li>
 *   <li>Java and YAML comments: {@code // lambdalint:ignore LL101 reason} or
 *       {@code # lambdalint:ignore LL301 reason} at the end of a line covers that line; alone on a
 *       line it covers the next line of code;</li>
 *   <li>templates (YAML or JSON): {@code Metadata: {lambdalint: {ignore: [LL201]}}} on a resource
 *       covers the findings about that resource (an entry may be {@code "LL201 reason"} or
 *       {@code {rule: LL201, reason: ...}}).</li>
 * </ul>
 * Several rules may be listed, separated by commas: {@code lambdalint:ignore LL101,LL102 reason}.
 */
public final class SuppressionScanner {
  static final String PREFIX = "lambdalint:";
  private static final Map<CommentSyntax, Pattern> PATTERNS = new ConcurrentHashMap<>();
  /** Rules, comma separated, then the optional reason. */
  private static final Pattern RULES_AND_REASON =
      Pattern.compile("\\s*([A-Za-z0-9][A-Za-z0-9-]*(?:\\s*,\\s*[A-Za-z0-9][A-Za-z0-9-]*)*)\\s*(.*)$", Pattern.DOTALL);

  private final Collection<RuleMeta> rules;

  public SuppressionScanner(Collection<RuleMeta> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Annotations and comments in a Java source; {@code lines} is its text split into lines. */
  public List<Suppression> java(JavaSource source, List<String> lines) {
    return java(source, lines, new long[1]);
  }

  /** {@link #java(JavaSource, List)}, counting the lines looked at into {@code work[0]} (for tests). */
  List<Suppression> java(JavaSource source, List<String> lines, long[] work) {
    List<Suppression> found = annotations(source);
    comments(source.file(), lines, CommentSyntax.SLASHES, found, work);
    return found;
  }

  /**
   * The suppression comments of a file written in {@code syntax}: at the end of a line they cover
   * that line; alone on a line, the next line of code.
   */
  public List<Suppression> comments(SourceFile file, List<String> lines, CommentSyntax syntax) {
    List<Suppression> found = new ArrayList<>();
    comments(file, lines, syntax, found, new long[1]);
    return found;
  }

  /** The {@code @SuppressWarnings("lambdalint:…")} annotations of a Java source. */
  public List<Suppression> annotations(JavaSource source) {
    List<Suppression> found = new ArrayList<>();
    for (AnnotationExpr annotation : source.unit().findAll(AnnotationExpr.class)) {
      String name = annotation.getNameAsString();
      if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) continue;
      for (StringLiteralExpr literal : strings(annotation)) {
        String value = literal.asString().strip();
        if (!value.toLowerCase(Locale.ROOT).startsWith(PREFIX)) continue;
        String rest = value.substring(PREFIX.length());
        if (rest.startsWith("ignore ")) rest = rest.substring("ignore ".length());
        com.github.javaparser.ast.Node declaration = annotation.getParentNode().orElse(annotation);
        TextRange covered = JavaSource.rangeOf(declaration);
        Location where = source.location(literal);
        parse(rest, where, covered.startLine(), covered.endLine(), null, covered, Suppression.Style.JAVA_ANNOTATION, found);
      }
    }
    return found;
  }

  /** Comments (YAML templates only: JSON has none) and resource Metadata in a template. */
  public List<Suppression> template(Template template, List<String> lines) {
    return template(template, lines, new long[1]);
  }

  /** {@link #template(Template, List)}, counting the lines looked at into {@code work[0]} (for tests). */
  List<Suppression> template(Template template, List<String> lines, long[] work) {
    List<Suppression> found = new ArrayList<>();
    if (!isJson(lines)) comments(template.file(), lines, CommentSyntax.HASH, found, work);
    found.addAll(metadata(template));
    return found;
  }

  /** The {@code Metadata: {lambdalint: {ignore: [...]}}} suppressions of a template's resources. */
  public List<Suppression> metadata(Template template) {
    List<Suppression> found = new ArrayList<>();
    for (Resource resource : template.resources()) {
      resource.metadata()
          .flatMap(m -> m.getMap("lambdalint"))
          .flatMap(m -> m.get("ignore"))
          .ifPresent(ignore -> metadata(resource, ignore, found));
    }
    return found;
  }

  private void metadata(Resource resource, Node ignore, List<Suppression> found) {
    List<Node> items = ignore instanceof ListNode list ? list.items() : List.of(ignore);
    for (Node item : items) {
      Location where = item.location();
      if (item instanceof MapNode map) {
        String rule = map.getLiteral("rule").or(() -> map.getLiteral("id")).orElse("");
        String reason = map.getLiteral("reason").orElse("");
        add(rule, reason, where, 0, 0, resource.logicalId(), null, Suppression.Style.TEMPLATE_METADATA, found);
      } else {
        String text = item.literal().orElse("");
        parse(text, where, 0, 0, resource.logicalId(), null, Suppression.Style.TEMPLATE_METADATA, found);
      }
    }
  }

  private void comments(SourceFile file, List<String> lines, CommentSyntax syntax, List<Suppression> found, long[] work) {
    Pattern pattern = PATTERNS.computeIfAbsent(syntax, CommentSyntax::suppression);
    int[] nextCode = null; // per line, the first line of code at or after it (lines.size() when none)
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      work[0]++;
      if (!line.contains("lambdalint:ignore")) continue;
      Matcher m = pattern.matcher(line);
      if (!m.find()) continue;
      int lineNumber = i + 1;
      boolean alone = line.substring(0, m.start(1)).isBlank();
      int last = lineNumber;
      if (alone) {
        // Covers the next line of code, past blank lines and further comment lines: found in a
        // table made once per file, not by a scan per comment (80,000 stand-alone comments in a
        // row were quadratic, issue 18 item 15).
        if (nextCode == null) {
          nextCode = nextCodeLines(lines);
          work[0] += lines.size();
        }
        int j = nextCode[i + 1];
        last = Math.min(j + 1, lines.size());
      }
      String rest = m.group(2).replaceFirst("^\\s*:", ""); // "lambdalint:ignore: LL101" too
      int close = rest.indexOf("*/");
      if (close >= 0) rest = rest.substring(0, close);
      TextRange at = new TextRange(lineNumber, m.start(1) + 1, lineNumber, line.length() + 1);
      parse(rest, Location.of(file, at), lineNumber, last, null, null, Suppression.Style.COMMENT, found);
    }
  }

  /** For each line index (and {@code lines.size()}), the index of the first line of code at or after it. */
  private static int[] nextCodeLines(List<String> lines) {
    int[] next = new int[lines.size() + 1];
    next[lines.size()] = lines.size();
    for (int k = lines.size() - 1; k >= 0; k--) next[k] = isBlankOrComment(lines.get(k)) ? next[k + 1] : k;
    return next;
  }

  private static boolean isBlankOrComment(String line) {
    String t = line.strip();
    return t.isEmpty() || t.startsWith("//") || t.startsWith("#") || t.startsWith("/*") || t.startsWith("*");
  }

  /** Parses {@code LL101,LL102 reason} into one suppression per rule. */
  private void parse(String text, Location where, int from, int to, String logicalId, TextRange declaration,
      Suppression.Style style, List<Suppression> found) {
    Matcher m = RULES_AND_REASON.matcher(text);
    if (!m.matches()) {
      found.add(new Suppression("", null, "", where, from, to, logicalId, declaration, style));
      return;
    }
    String reason = m.group(2).strip().replaceFirst("^(--|-|:|—)\\s*", "");
    for (String rule : m.group(1).split("\\s*,\\s*")) {
      add(rule, reason, where, from, to, logicalId, declaration, style, found);
    }
  }

  private void add(String rule, String reason, Location where, int from, int to, String logicalId,
      TextRange declaration, Suppression.Style style, List<Suppression> found) {
    String id = RuleLookup.find(rule, rules).map(RuleMeta::id).orElse(null);
    found.add(new Suppression(rule.strip(), id, reason, where, from, to, logicalId, declaration, style));
  }

  private static List<StringLiteralExpr> strings(AnnotationExpr annotation) {
    List<Expression> values = new ArrayList<>();
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      values.add(single.getMemberValue());
    } else if (annotation instanceof NormalAnnotationExpr normal) {
      for (MemberValuePair pair : normal.getPairs()) {
        if (pair.getNameAsString().equals("value")) values.add(pair.getValue());
      }
    }
    List<StringLiteralExpr> strings = new ArrayList<>();
    for (Expression value : values) {
      if (value instanceof StringLiteralExpr s) {
        strings.add(s);
      } else if (value instanceof ArrayInitializerExpr array) {
        array.getValues().forEach(v -> {
          if (v instanceof StringLiteralExpr s) strings.add(s);
        });
      }
    }
    return strings;
  }

  /** True when the text opens with a brace: a JSON template, which has no comments. */
  public static boolean isJson(List<String> lines) {
    for (String line : lines) {
      String t = line.strip();
      if (t.isEmpty()) continue;
      if (t.startsWith("\uFEFF")) t = t.substring(1).strip();
      return t.startsWith("{");
    }
    return false;
  }
}
