package dev.lambdalint.core.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SAM's Globals, applied as SAM applies them: maps merged key by key, lists joined with Globals'
 * items first, scalars (and intrinsics) of the function winning. The merged tree keeps every
 * node's own position, so an inherited value still points at the Globals line.
 */
final class GlobalsMerge {
  private GlobalsMerge() {}

  /** The function's properties with {@code globals} applied, except the properties in {@code ignored}. */
  static MapNode apply(MapNode globals, MapNode properties, IgnoredGlobals ignored) {
    List<MapNode.Entry> entries = new ArrayList<>();
    for (MapNode.Entry global : globals.entries()) {
      if (!properties.has(global.name()) && !ignored.ignores(global.name())) entries.add(global);
    }
    for (MapNode.Entry own : properties.entries()) {
      MapNode.Entry global = ignored.ignores(own.name()) ? null : globals.entry(own.name()).orElse(null);
      entries.add(global == null ? own : new MapNode.Entry(own.key(), merge(global.value(), own.value())));
    }
    return new MapNode(properties.file(), properties.range(), properties.path(), entries);
  }

  private static Node merge(Node global, Node own) {
    if (global instanceof MapNode g && own instanceof MapNode o && !g.isIntrinsic() && !o.isIntrinsic()) {
      List<MapNode.Entry> entries = new ArrayList<>();
      for (MapNode.Entry ge : g.entries()) if (!o.has(ge.name())) entries.add(ge);
      for (MapNode.Entry oe : o.entries()) {
        entries.add(g.entry(oe.name()).map(ge -> new MapNode.Entry(oe.key(), merge(ge.value(), oe.value()))).orElse(oe));
      }
      return new MapNode(o.file(), o.range(), o.path(), entries);
    }
    if (global instanceof ListNode g && own instanceof ListNode o) {
      List<Node> items = new ArrayList<>(g.items());
      items.addAll(o.items());
      return new ListNode(o.file(), o.range(), o.path(), items);
    }
    return own;
  }

  /** A resource's {@code IgnoreGlobals}: {@code '*'} or a list of property names. */
  record IgnoredGlobals(boolean all, Set<String> names) {
    static final IgnoredGlobals NONE = new IgnoredGlobals(false, Set.of());

    static IgnoredGlobals of(MapNode resource) {
      Node value = resource.get("IgnoreGlobals")
          .or(() -> resource.getMap("Properties").flatMap(p -> p.get("IgnoreGlobals")))
          .orElse(null);
      if (value == null) return NONE;
      if (value.literal().map("*"::equals).orElse(false)) return new IgnoredGlobals(true, Set.of());
      Set<String> names = new java.util.TreeSet<>();
      value.literal().ifPresent(names::add);
      value.asList().ifPresent(l -> l.items().forEach(i -> i.literal().ifPresent(names::add)));
      return new IgnoredGlobals(false, names);
    }

    boolean ignores(String property) {
      return all || names.contains(property);
    }
  }
}
