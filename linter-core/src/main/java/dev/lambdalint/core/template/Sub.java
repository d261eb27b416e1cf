package dev.lambdalint.core.template;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code Fn::Sub}, read once: its template string, whether written in the short form
 * ({@code !Sub "arn:${AWS::Partition}:…"}) or as the first item of the list form
 * ({@code !Sub ["/aws/lambda/${Fn}", {Fn: !Ref F}]}), and the variable map of the list form.
 * The one place that knows how a {@code Fn::Sub} is spelled; rules and views ask it.
 */
public record Sub(MapNode node) implements Value {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}!]+)}");
  private static final Pattern WHOLE_REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9]+)(?:\\.[A-Za-z0-9.]+)?}");
  private static final Pattern ATTRIBUTE_PATH = Pattern.compile("[A-Za-z0-9.]+");

  /** {@code node} as a {@code Fn::Sub}; empty when it is no {@code Fn::Sub} (or is null). */
  public static Optional<Sub> of(Node node) {
    return node != null && Value.of(node) instanceof Sub sub ? Optional.of(sub) : Optional.empty();
  }

  /** The argument: the template string of the short form, the list {@code [text, variables]} of the long form. */
  public Node argument() {
    return node.intrinsicArgument().orElseThrow();
  }

  /** True for the short form, {@code !Sub "…"} (the argument is no list). */
  public boolean isShortForm() {
    return argument().asList().isEmpty();
  }

  /** The node holding the template string: the argument of the short form, the first item of the list form. */
  public Optional<Node> textNode() {
    Node argument = argument();
    Optional<ListNode> list = argument.asList();
    if (list.isEmpty()) return Optional.of(argument);
    return list.get().size() >= 1 ? Optional.of(list.get().get(0)) : Optional.empty();
  }

  /** The template string as written, with its {@code ${…}} left in; empty when it is not a literal string. */
  public Optional<String> text() {
    return textNode().flatMap(Node::literal);
  }

  /** The variable map of the list form ({@code [text, {Name: value}]}); empty for the short form. */
  public Optional<MapNode> variables() {
    return argument().asList().filter(l -> l.size() >= 2).flatMap(l -> l.get(1).asMap());
  }

  /**
   * The template string with the variables of its map put in: a variable set to a literal (or a
   * parameter with a default) becomes that text, one set to {@code !Ref R} / {@code !GetAtt R.Arn}
   * becomes {@code ${R}}; other variables stay as written ({@code ${AWS::StackName}}). Empty when
   * the template string is no literal, the second item of the list form is no map, or a variable's
   * value cannot be known.
   */
  public Optional<String> substituted(Template template) {
    Node argument = argument();
    Optional<String> plain = argument.literal();
    if (plain.isPresent()) return plain;
    Optional<ListNode> list = argument.asList().filter(l -> l.size() >= 1);
    if (list.isEmpty()) return Optional.empty();
    Optional<String> body = list.get().get(0).literal();
    if (body.isEmpty()) return Optional.empty();
    if (list.get().size() < 2) return body;
    Optional<MapNode> vars = list.get().get(1).asMap();
    if (vars.isEmpty()) return Optional.empty();
    Matcher m = VARIABLE.matcher(body.get());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Optional<Node> value = vars.get().get(m.group(1));
      String replacement = m.group();
      if (value.isPresent()) {
        Optional<String> resolved = template.literal(value.get())
            .or(() -> template.referencedResource(value.get()).map(r -> "${" + r.logicalId() + "}"));
        if (resolved.isEmpty()) return Optional.empty();
        replacement = resolved.get();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return Optional.of(out.toString());
  }

  /**
   * The resource whose whole string this is, {@code ${X}} or {@code ${X.Attr}} (blanks around it
   * ignored); empty when the string says more than that or is no literal.
   */
  public Optional<String> wholeReference() {
    return text().flatMap(s -> {
      Matcher m = WHOLE_REFERENCE.matcher(s.strip());
      return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    });
  }

  /**
   * Whether the string has {@code ${id}} or {@code ${id.Attr}} and its own variables do not
   * shadow {@code id} ({@code !Sub ["/aws/lambda/${Fn}", {Fn: …}]} names its own {@code Fn}).
   */
  public boolean mentions(String id) {
    Optional<String> text = text();
    boolean shadowed = variables().map(vars -> vars.has(id)).orElse(false);
    return text.isPresent() && !shadowed
        && Pattern.compile("\\$\\{" + Pattern.quote(id) + "(?:\\.[A-Za-z0-9.]+)?}").matcher(text.get()).find();
  }

  /**
   * Each {@code ${…}} of the string its own variables do not shadow, whole and cut before each dot
   * whose rest is an attribute path ({@code ${A.B.C}} gives {@code A.B.C}, {@code A}, {@code A.B}).
   */
  public void mentionedNames(Consumer<String> out) {
    Optional<String> text = text();
    if (text.isEmpty()) return;
    Optional<MapNode> vars = variables();
    Consumer<String> unshadowed = id -> {
      if (vars.map(v -> !v.has(id)).orElse(true)) out.accept(id);
    };
    String t = text.get();
    eachPlaceholder(t, false, (open, close) -> {
      String variable = t.substring(open + 2, close);
      unshadowed.accept(variable);
      for (int dot = variable.indexOf('.'); dot >= 0; dot = variable.indexOf('.', dot + 1)) {
        if (ATTRIBUTE_PATH.matcher(variable.substring(dot + 1)).matches()) unshadowed.accept(variable.substring(0, dot));
      }
    });
  }

  /**
   * The string with each {@code ${…}} put in, as {@link Template#evaluate(Value)} reads a Sub:
   * {@code ${!x}} is the text {@code ${x}}; a variable of its own map or a parameter is put in when
   * known; anything else (a pseudo parameter, a resource, an attribute) leaves the Sub unknowable.
   */
  Resolved evaluate(Template template, int depth) {
    Optional<String> text = text();
    Optional<MapNode> vars = variables();
    boolean malformedMap = argument().asList().map(l -> l.size() >= 2).orElse(false) && vars.isEmpty();
    if (text.isEmpty() || malformedMap) return new Resolved.Unknowable(this);
    String t = text.get();
    StringBuilder out = new StringBuilder();
    int[] from = {0};
    Resolved[] failed = {null};
    eachPlaceholder(t, true, (open, close) -> {
      if (failed[0] != null) return;
      out.append(t, from[0], open);
      from[0] = close + 1;
      String name = t.substring(open + 2, close);
      if (name.startsWith("!")) {
        out.append("${").append(name.substring(1)).append('}');
        return;
      }
      Optional<Node> own = vars.flatMap(v -> v.get(name));
      Resolved r = own.isPresent() ? template.evaluate(own.get().typed(), depth)
          : template.parameter(name).map(p -> template.evaluate(Value.of(p.defaultValue().orElse(null)), depth)).orElse(null);
      if (r instanceof Resolved.Known k) out.append(k.text());
      else failed[0] = r == null ? new Resolved.Unknowable(this) : Template.unknowable(r, this);
    });
    if (failed[0] != null) return failed[0];
    out.append(t.substring(from[0]));
    return new Resolved.Known(out.toString(), node);
  }

  /**
   * Each {@code ${…}} of {@code text}, as the index of its dollar and of its closing brace. The
   * next one is looked for after the closing brace ({@code afterClose}) or just after the opening
   * one, the reading that finds {@code ${b}} inside {@code ${a${b}}} too.
   */
  private static void eachPlaceholder(String text, boolean afterClose, BiConsumer<Integer, Integer> out) {
    int from = 0;
    while (true) {
      int open = text.indexOf("${", from);
      if (open < 0) return;
      int close = text.indexOf('}', open + 2);
      if (close < 0) return;
      out.accept(open, close);
      from = afterClose ? close + 1 : open + 2;
    }
  }
}
