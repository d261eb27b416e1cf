package dev.lambdalint.core.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Report once per setting": what several functions inherit from one {@code Globals} value is one
 * finding at that value, naming them all; a function's own value is a finding of its own. Rules add
 * each function (or whatever they found about it) under the key node of the setting it comes from,
 * then report each {@link Group} once. Groups come in the order their first item was added, items
 * in the order they were added.
 *
 * @param <T> what a rule collects per function
 */
public final class PerSetting<T> {
  /** Everything added under one setting: its key node, whether that lies in {@code Globals}, the items. */
  public record Group<T>(ScalarNode node, boolean fromGlobals, List<T> items) {
    public T first() {
      return items.get(0);
    }
  }

  private final Map<ScalarNode, List<T>> items = new IdentityHashMap<>();
  private final List<ScalarNode> order = new ArrayList<>();

  /** Adds {@code item} under the setting; a defaulted setting (no node) has nothing to report at. */
  public void add(Setting<?> setting, T item) {
    if (setting.node() == null) throw new IllegalArgumentException("a defaulted setting has no node to report at");
    add(setting.node(), item);
  }

  /** Adds {@code item} under the property whose key is {@code key}. */
  public void add(ScalarNode key, T item) {
    items.computeIfAbsent(key, k -> {
      order.add(k);
      return new ArrayList<>();
    }).add(item);
  }

  public List<Group<T>> groups() {
    List<Group<T>> result = new ArrayList<>(order.size());
    for (ScalarNode node : order) {
      result.add(new Group<>(node, isInGlobals(node), Collections.unmodifiableList(items.get(node))));
    }
    return result;
  }

  /** Whether {@code node} lies under the template's {@code Globals} section. */
  public static boolean isInGlobals(Node node) {
    return node.path().startsWith("Globals/");
  }
}
