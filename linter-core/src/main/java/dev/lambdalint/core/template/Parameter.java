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

  /** {@code Description} as written; empty when missing or not a literal. */
  public Optional<String> description() {
    return node.getLiteral("Description");
  }

  public boolean noEcho() {
    return node.get("NoEcho").flatMap(Node::asScalar).flatMap(ScalarNode::asBoolean).orElse(false);
  }
}
