package dev.lambdalint.core.template;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import java.util.List;

/** A sequence. */
public final class ListNode extends Node {
  private final List<Node> items;

  public ListNode(SourceFile file, TextRange range, String path, List<Node> items) {
    super(file, range, path);
    this.items = List.copyOf(items);
  }

  public List<Node> items() {
    return items;
  }

  public int size() {
    return items.size();
  }

  public Node get(int index) {
    return items.get(index);
  }

  @Override
  public String toString() {
    return items.toString();
  }
}
