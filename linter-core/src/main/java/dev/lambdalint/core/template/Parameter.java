package dev.lambdalint.core.template;

import java.util.Optional;

/** A template parameter. */
public record Parameter(String name, ScalarNode keyNode, MapNode node) {

  public Optional<String> type() {
    return node.getLiteral("Type");
  }

  public Optional<Node> defaultValue() {
    return node.get("Default");
  }

  /** The {@code Default} as a literal text; empty when there is none, or it is {@code null} or no scalar. */
  public Optional<String> defaultText() {
    return defaultValue().flatMap(Node::literal);
  }

  /**
   * Whether the type is one of the SSM parameter types ({@code AWS::SSM::Parameter::Value<String>},
   * {@code AWS::SSM::Parameter::Name}): the value given is the name of an SSM parameter.
   */
  public boolean isSsmParameterType() {
    return type().map(t -> t.startsWith("AWS::SSM::Parameter::")).orElse(false);
  }

  /** {@code Description} as written; empty when missing or not a literal. */
  public Optional<String> description() {
    return node.getLiteral("Description");
  }

  public boolean noEcho() {
    return node.get("NoEcho").flatMap(Node::asScalar).flatMap(ScalarNode::asBoolean).orElse(false);
  }
}
