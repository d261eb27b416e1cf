package dev.lambdalint.core.template;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code Fn::Sub}, read once: its template string, whether written in the short form
 * ({@code !Sub "arn:${AWS::Partition}:…"}) or as the first item of the list form
 * ({@code !Sub ["/aws/lambda/${Fn}", {Fn: !Ref F}]}), and the variable map of the list form.
 * The one place that knows how a {@code Fn::Sub} is spelled; rules and views ask it.
 */
public final class Sub {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}!]+)}");

  private final Node argument;

  private Sub(Node argument) {
    this.argument = argument;
  }

  /** {@code node} as a {@code Fn::Sub}; empty when it is no {@code Fn::Sub} (or is null). */
  public static Optional<Sub> of(Node node) {
    if (node == null || node.intrinsicName().filter("Fn::Sub"::equals).isEmpty()) return Optional.empty();
    return Optional.of(new Sub(node.intrinsicArgument().orElseThrow()));
  }

  /** True for the short form, {@code !Sub "…"} (the argument is no list). */
  public boolean isShortForm() {
    return argument.asList().isEmpty();
  }

  /** The node holding the template string: the argument of the short form, the first item of the list form. */
  public Optional<Node> textNode() {
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
    return argument.asList().filter(l -> l.size() >= 2).flatMap(l -> l.get(1).asMap());
  }

  /**
   * The template string with the variables of its map put in: a variable set to a literal (or a
   * parameter with a default) becomes that text, one set to {@code !Ref R} / {@code !GetAtt R.Arn}
   * becomes {@code ${R}}; other variables stay as written ({@code ${AWS::StackName}}). Empty when
   * the template string is no literal, the second item of the list form is no map, or a variable's
   * value cannot be known.
   */
  public Optional<String> substituted(Template template) {
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
}
