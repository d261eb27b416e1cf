package dev.lambdalint.core.template;

import java.util.List;
import java.util.Optional;

/**
 * One IAM policy statement, wherever it lives, with {@code Action}/{@code NotAction}/
 * {@code Resource}/{@code NotResource} read as lists of {@link Value}s whether written as one
 * value or a list.
 *
 * @param owner the resource whose policy holds the statement (role, policy, function, state machine)
 */
public record PolicyStatement(MapNode node, Resource owner) {

  /** {@code Effect} as written; empty when missing or not a literal. */
  public Optional<String> effect() {
    return owner.template().literal(node.get("Effect").orElse(null));
  }

  /** IAM's {@code Effect} is case-sensitive: only {@code Allow} grants. */
  public boolean isAllow() {
    return effect().map("Allow"::equals).orElse(false);
  }

  /** IAM's {@code Effect} is case-sensitive: {@code Deny} exactly. */
  public boolean isDeny() {
    return effect().map("Deny"::equals).orElse(false);
  }

  /** Whether the statement has a {@code Condition}: it then applies only to some requests. */
  public boolean hasCondition() {
    return node.has("Condition");
  }

  public List<Value> actions() {
    return items("Action");
  }

  public List<Value> notActions() {
    return items("NotAction");
  }

  public List<Value> resources() {
    return items("Resource");
  }

  public List<Value> notResources() {
    return items("NotResource");
  }

  /**
   * Where a finding about one of {@link #actions()} starts: the {@code Action} key when it holds
   * one value, the item itself in a list.
   */
  public Node actionAt(Value action) {
    return actionsAreScalar() ? actionKey().orElseThrow() : action.node();
  }

  /** Where a finding about one of {@link #resources()} starts, as {@link #actionAt} for actions. */
  public Node resourceAt(Value resource) {
    return resourcesAreScalar() ? resourceKey().orElseThrow() : resource.node();
  }

  public Optional<ScalarNode> actionKey() {
    return node.keyNode("Action");
  }

  public Optional<ScalarNode> notActionKey() {
    return node.keyNode("NotAction");
  }

  public Optional<ScalarNode> resourceKey() {
    return node.keyNode("Resource");
  }

  /** True when {@code Action:} holds one scalar rather than a list: findings then start at the key. */
  public boolean actionsAreScalar() {
    return node.get("Action").map(v -> !v.isList()).orElse(false);
  }

  public boolean resourcesAreScalar() {
    return node.get("Resource").map(v -> !v.isList()).orElse(false);
  }

  private List<Value> items(String key) {
    return node.get(key).map(Value::of).map(v -> v instanceof Value.ListValue l ? l.items() : List.of(v)).orElse(List.of());
  }
}
