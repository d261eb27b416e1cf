package dev.lambdalint.core.template;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping, in document order. Each entry keeps its key node, so a finding can point at the
 * key's line ({@code OrderFunction:}) rather than at the value. With duplicate keys the last
 * one wins, as CloudFormation's YAML parser does (the loader reports duplicates separately).
 */
public final class MapNode extends Node {

  /** One key and its value. */
  public record Entry(ScalarNode key, Node value) {
    public String name() {
      return key.text();
    }
  }

  private final List<Entry> entries;
  private final Map<String, Entry> byKey;

  public MapNode(SourceFile file, TextRange range, String path, List<Entry> entries) {
    super(file, range, path);
    this.entries = List.copyOf(entries);
    Map<String, Entry> index = new LinkedHashMap<>();
    for (Entry e : this.entries) {
      index.remove(e.name());
      index.put(e.name(), e);
    }
    this.byKey = Collections.unmodifiableMap(index);
  }

  /** Entries with distinct keys, in document order (the last of duplicates). */
  public List<Entry> entries() {
    return List.copyOf(byKey.values());
  }

  /** Every entry as written, duplicates included. */
  public List<Entry> rawEntries() {
    return entries;
  }

  public List<String> keys() {
    return new ArrayList<>(byKey.keySet());
  }

  public int size() {
    return byKey.size();
  }

  public boolean has(String key) {
    return byKey.containsKey(key);
  }

  public Optional<Node> get(String key) {
    Entry e = byKey.get(key);
    return e == null ? Optional.empty() : Optional.of(e.value());
  }

  public Optional<Entry> entry(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The key node of {@code key}: where findings about the entry as a whole start. */
  public Optional<ScalarNode> keyNode(String key) {
    return entry(key).map(Entry::key);
  }

  public Optional<MapNode> getMap(String key) {
    return get(key).flatMap(Node::asMap);
  }

  public Optional<ListNode> getList(String key) {
    return get(key).flatMap(Node::asList);
  }

  /** The literal text of a scalar value; empty when absent, null, a map, a list or an intrinsic. */
  public Optional<String> getLiteral(String key) {
    return get(key).flatMap(Node::literal);
  }

  @Override
  public String toString() {
    return byKey.toString();
  }
}
