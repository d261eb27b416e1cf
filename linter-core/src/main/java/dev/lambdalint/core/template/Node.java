package dev.lambdalint.core.template;

import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import java.util.Optional;

/**
 * A node of a template document, YAML or JSON alike: a map, a list or a scalar, each knowing its
 * file, its exact range and its logical path ({@code Resources/Fn/Properties/Timeout}).
 * Short-form intrinsics ({@code !GetAtt A.B}) are already in their long form
 * ({@code {"Fn::GetAtt": ["A", "B"]}}).
 */
public abstract sealed class Node permits MapNode, ListNode, ScalarNode {
  private final SourceFile file;
  private final TextRange range;
  private final String path;
  /** This node read as a {@link Value}, on first use; a race only reads it twice into equal values. */
  private Value typed;

  protected Node(SourceFile file, TextRange range, String path) {
    this.file = file;
    this.range = range;
    this.path = path;
  }

  public SourceFile file() {
    return file;
  }

  public TextRange range() {
    return range;
  }

  /** Logical path from the document root, segments joined by {@code /}; "" for the root. */
  public String path() {
    return path;
  }

  /** The logical id of the resource this node belongs to, if it lies under {@code Resources}. */
  public Optional<String> logicalId() {
    return logicalIdOf(path);
  }

  public Location location() {
    return new Location(file, range, path.isEmpty() ? null : path, logicalIdOf(path).orElse(null));
  }

  static Optional<String> logicalIdOf(String path) {
    if (!path.startsWith("Resources/")) return Optional.empty();
    int start = "Resources/".length();
    int end = path.indexOf('/', start);
    return Optional.of(end < 0 ? path.substring(start) : path.substring(start, end));
  }

  public boolean isMap() {
    return this instanceof MapNode;
  }

  public boolean isList() {
    return this instanceof ListNode;
  }

  public boolean isScalar() {
    return this instanceof ScalarNode;
  }

  /** This node as a map, if it is one. */
  public Optional<MapNode> asMap() {
    return this instanceof MapNode m ? Optional.of(m) : Optional.empty();
  }

  public Optional<ListNode> asList() {
    return this instanceof ListNode l ? Optional.of(l) : Optional.empty();
  }

  public Optional<ScalarNode> asScalar() {
    return this instanceof ScalarNode s ? Optional.of(s) : Optional.empty();
  }

  /** The literal text of a scalar that is not null; empty for maps, lists, intrinsics and nulls. */
  public Optional<String> literal() {
    return this instanceof ScalarNode s && !s.isNull() ? Optional.of(s.text()) : Optional.empty();
  }

  /**
   * The intrinsic function this node is ({@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub},
   * {@code Condition}…): a map with a single key of that form.
   */
  public Optional<String> intrinsicName() {
    if (this instanceof MapNode m && m.size() == 1) {
      String key = m.keys().get(0);
      if (key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition")) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  public boolean isIntrinsic() {
    return intrinsicName().isPresent();
  }

  /** The argument of an intrinsic ({@code ["A","Arn"]} of {@code Fn::GetAtt}). */
  public Optional<Node> intrinsicArgument() {
    return intrinsicName().map(name -> ((MapNode) this).get(name).orElseThrow());
  }

  /** This node as a {@link Value}: read on first use and kept, so no node is read twice. */
  public Value typed() {
    Value v = typed;
    if (v == null) typed = v = Value.read(this);
    return v;
  }
}
