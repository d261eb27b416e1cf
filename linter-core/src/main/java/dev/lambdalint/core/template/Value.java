package dev.lambdalint.core.template;

import java.util.List;
import java.util.Optional;

/**
 * What a template value is, read once: a literal, a {@code null}, one of CloudFormation's
 * intrinsic functions with its arguments already read, or a list or map of further values.
 * Short ({@code !Ref X}) and long ({@code {"Ref": "X"}}) forms read alike, YAML and JSON alike.
 * Every value keeps the {@link Node} it was read from, for where a finding starts.
 *
 * <p>A value is read from its node on first use and kept on the node ({@link #of}), so no node is
 * read twice; the arguments of an intrinsic are the values of its argument nodes. An intrinsic
 * that is misspelt in its arguments ({@code Fn::Join} with three items, a {@code Ref} to a map)
 * is an {@link Other}, as is any {@code Fn::} this type does not know: kept as written, never
 * guessed at. What a value comes to against the template's parameters and mappings is
 * {@link Template#evaluate(Value)}'s to say.
 */
public sealed interface Value
    permits Value.Literal, Value.Null, Value.Ref, Value.GetAtt, Sub, Value.If, Value.Join, Value.Select,
        Value.Split, Value.ImportValue, Value.FindInMap, Value.Base64, Value.GetAZs, Value.Cidr,
        Value.Condition, Value.Other, Value.ListValue, Value.MapValue {

  /** The node the value was read from. */
  Node node();

  /** The value of {@code node}, read on first use and kept; {@code null} for a {@code null} node. */
  static Value of(Node node) {
    return node == null ? null : node.typed();
  }

  /** The text of a {@link Literal}; empty for every other value (a {@code null} included). */
  default Optional<String> literal() {
    return Optional.empty();
  }

  /** A scalar written in the document: a string, a number or a boolean, as its text. */
  record Literal(ScalarNode node) implements Value {
    public String text() {
      return node.text();
    }

    @Override
    public Optional<String> literal() {
      return Optional.of(node.text());
    }

    /** True when the document wrote a string (not a number or a boolean). */
    public boolean isString() {
      return node.isString();
    }

    /** An integer, also from a numeric string (CloudFormation accepts both). */
    public Optional<Long> number() {
      return node.asLong();
    }
  }

  /** A scalar the document left empty ({@code Key:}, {@code Key: ~}, JSON {@code null}). */
  record Null(ScalarNode node) implements Value {}

  /** {@code Ref}: a parameter, a pseudo parameter ({@code AWS::Region}) or a resource, by its name. */
  record Ref(MapNode node, String target) implements Value {
    /** {@code AWS::NoValue}: the property is removed, as if never written. */
    public boolean isNoValue() {
      return target.equals("AWS::NoValue");
    }

    /** {@code AWS::Region}, {@code AWS::AccountId}, …: known only at deploy time. */
    public boolean isPseudoParameter() {
      return target.startsWith("AWS::");
    }
  }

  /**
   * {@code Fn::GetAtt}, as {@code [R, Attr]} or {@code "R.Attr"} (the text form cut at its first
   * dot): the resource, and the attribute when it is written as text.
   */
  record GetAtt(MapNode node, String resource, Optional<String> attribute) implements Value {}

  /** {@code Fn::If [condition, whenTrue, whenFalse]}. */
  record If(MapNode node, String condition, Value whenTrue, Value whenFalse) implements Value {}

  /** {@code Fn::Join [delimiter, list]}; the list may itself be an intrinsic ({@code !Split}, {@code !Ref}). */
  record Join(MapNode node, Value delimiter, Value list) implements Value {}

  /** {@code Fn::Select [index, list]}. */
  record Select(MapNode node, Value index, Value list) implements Value {}

  /** {@code Fn::Split [delimiter, source]}. */
  record Split(MapNode node, Value delimiter, Value source) implements Value {}

  /** {@code Fn::ImportValue name}: another stack's export, known only at deploy time. */
  record ImportValue(MapNode node, Value name) implements Value {}

  /** {@code Fn::FindInMap [map, topKey, secondKey]} (a fourth item, the default of the language extensions, is kept). */
  record FindInMap(MapNode node, Value map, Value topKey, Value secondKey, Optional<Value> defaultValue) implements Value {}

  /** {@code Fn::Base64 content}. */
  record Base64(MapNode node, Value content) implements Value {}

  /** {@code Fn::GetAZs region}. */
  record GetAZs(MapNode node, Value region) implements Value {}

  /** {@code Fn::Cidr [ipBlock, count, cidrBits]}. */
  record Cidr(MapNode node, Value ipBlock, Value count, Value cidrBits) implements Value {}

  /** {@code Condition: name}: a named condition, as it appears inside {@code Fn::And}, {@code Fn::Or}, {@code Fn::Not}. */
  record Condition(MapNode node, String name) implements Value {}

  /**
   * An intrinsic kept as written: a {@code Fn::} this type does not read ({@code Fn::Equals},
   * {@code Fn::ToJsonString}, {@code Fn::Length}…), or a known one whose arguments are not of its shape.
   */
  record Other(MapNode node, String name, Node argument) implements Value {
    public Value argumentValue() {
      return Value.of(argument);
    }
  }

  /** A list written in the document; its items are values too. */
  record ListValue(ListNode node) implements Value {
    public List<Value> items() {
      return node.items().stream().map(Value::of).toList();
    }

    public int size() {
      return node.size();
    }
  }

  /** A map written in the document that is no intrinsic; its values are values too. */
  record MapValue(MapNode node) implements Value {
    public Optional<Value> get(String key) {
      return node.get(key).map(Value::of);
    }

    public boolean has(String key) {
      return node.has(key);
    }
  }

  /** How a node is read; called once per node by {@link Node#typed()}. */
  static Value read(Node node) {
    if (node instanceof ScalarNode s) return s.isNull() ? new Null(s) : new Literal(s);
    if (node instanceof ListNode l) return new ListValue(l);
    MapNode map = (MapNode) node;
    Optional<String> intrinsic = map.intrinsicName();
    if (intrinsic.isEmpty()) return new MapValue(map);
    String name = intrinsic.get();
    Node arg = map.intrinsicArgument().orElseThrow();
    Optional<String> text = arg.literal();
    List<Node> items = arg.asList().map(ListNode::items).orElse(null);
    Value read = switch (name) {
      case "Ref" -> text.<Value>map(t -> new Ref(map, t)).orElse(null);
      case "Fn::GetAtt" -> readGetAtt(map, arg, items);
      case "Fn::Sub" -> new Sub(map);
      case "Fn::If" -> items != null && items.size() == 3 && items.get(0).literal().isPresent()
          ? new If(map, items.get(0).literal().get(), of(items.get(1)), of(items.get(2))) : null;
      case "Fn::Join" -> items != null && items.size() == 2 ? new Join(map, of(items.get(0)), of(items.get(1))) : null;
      case "Fn::Select" -> items != null && items.size() == 2 ? new Select(map, of(items.get(0)), of(items.get(1))) : null;
      case "Fn::Split" -> items != null && items.size() == 2 ? new Split(map, of(items.get(0)), of(items.get(1))) : null;
      case "Fn::ImportValue" -> new ImportValue(map, of(arg));
      case "Fn::FindInMap" -> items != null && (items.size() == 3 || items.size() == 4)
          ? new FindInMap(map, of(items.get(0)), of(items.get(1)), of(items.get(2)),
              items.size() == 4 ? Optional.of(of(items.get(3))) : Optional.empty())
          : null;
      case "Fn::Base64" -> new Base64(map, of(arg));
      case "Fn::GetAZs" -> new GetAZs(map, of(arg));
      case "Fn::Cidr" -> items != null && items.size() == 3 ? new Cidr(map, of(items.get(0)), of(items.get(1)), of(items.get(2))) : null;
      case "Condition" -> text.<Value>map(t -> new Condition(map, t)).orElse(null);
      default -> null;
    };
    return read != null ? read : new Other(map, name, arg);
  }

  private static Value readGetAtt(MapNode map, Node arg, List<Node> items) {
    if (items != null) {
      if (items.isEmpty()) return null;
      Optional<String> resource = items.get(0).literal();
      if (resource.isEmpty()) return null;
      return new GetAtt(map, resource.get(), items.size() >= 2 ? items.get(1).literal() : Optional.empty());
    }
    return arg.literal().map(s -> {
      int dot = s.indexOf('.');
      return (Value) new GetAtt(map, dot < 0 ? s : s.substring(0, dot), dot < 0 ? Optional.empty() : Optional.of(s.substring(dot + 1)));
    }).orElse(null);
  }
}
