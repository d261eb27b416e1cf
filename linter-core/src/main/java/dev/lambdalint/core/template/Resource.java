package dev.lambdalint.core.template;

import java.util.List;
import java.util.Optional;

/** A resource of a template: logical id, type and properties, never null even when malformed. */
public final class Resource {
  private final Template template;
  private final ScalarNode keyNode;
  private final Node node;

  Resource(Template template, ScalarNode keyNode, Node node) {
    this.template = template;
    this.keyNode = keyNode;
    this.node = node;
  }

  public Template template() {
    return template;
  }

  public String logicalId() {
    return keyNode.text();
  }

  /** The logical-id key: where findings about the resource as a whole start. */
  public ScalarNode keyNode() {
    return keyNode;
  }

  /** The resource's definition; an empty map at the key when it is not a map at all. */
  public MapNode node() {
    return node.asMap().orElseGet(() -> emptyAt(node));
  }

  /** The resource type, "" when missing or not a literal. */
  public String type() {
    return node().getLiteral("Type").orElse("");
  }

  public boolean isType(String... types) {
    return List.of(types).contains(type());
  }

  /** Properties; an empty map at the resource when absent or not a map (rules never see null). */
  public MapNode properties() {
    return node().get("Properties").flatMap(Node::asMap).orElseGet(() -> emptyAt(node()));
  }

  public Optional<MapNode> metadata() {
    return node().getMap("Metadata");
  }

  /**
   * The CDK construct path a synth (or the CDK source reading) records for it
   * ({@code Metadata: aws:cdk:path: SearchStack/Api/Handler/Resource}); empty for other templates.
   */
  public Optional<String> cdkPath() {
    return metadata().flatMap(m -> m.get("aws:cdk:path")).flatMap(Node::literal);
  }

  static MapNode emptyAt(Node at) {
    return new MapNode(at.file(), at.range(), at.path(), List.of());
  }

  @Override
  public String toString() {
    return logicalId() + " (" + type() + ")";
  }
}
