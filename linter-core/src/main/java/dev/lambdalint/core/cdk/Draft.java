package dev.lambdalint.core.cdk;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.template.ListNode;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CloudFormation a CDK file would synthesize to, while it is being built: maps, lists and
 * scalars that can still change (a later {@code fn.addEnvironment(…)} adds a variable), each
 * positioned in the Java source. {@link #toNode} freezes it into the template's nodes, with their
 * logical paths.
 */
abstract sealed class Draft permits Draft.DMap, Draft.DList, Draft.DScalar {
  final TextRange range;

  Draft(TextRange range) {
    this.range = range;
  }

  abstract Node toNode(SourceFile file, String path);

  static String child(String path, String segment) {
    return path.isEmpty() ? segment : path + "/" + segment;
  }

  static DScalar text(String text, TextRange at) {
    return new DScalar(text, text, at);
  }

  static DScalar number(long value, TextRange at) {
    return new DScalar(Long.toString(value), value, at);
  }

  static DScalar bool(boolean value, TextRange at) {
    return new DScalar(Boolean.toString(value), value, at);
  }

  /** {@code {"Ref": id}}. */
  static DMap ref(String id, TextRange at) {
    return new DMap(at).put("Ref", at, text(id, at));
  }

  /** {@code {"Fn::GetAtt": [id, attribute]}}. */
  static DMap getAtt(String id, String attribute, TextRange at) {
    return new DMap(at).put("Fn::GetAtt", at, new DList(at).add(text(id, at)).add(text(attribute, at)));
  }

  /**
   * A value the source sets but that cannot be known before deployment (a method parameter, a
   * property read at synth time): a {@code Ref} to a name no template declares, which the model
   * reads as unknowable, and which can never be taken for a resource (logical ids are alphanumeric).
   */
  static DMap unknowable(String javaText, TextRange at) {
    String shown = javaText.length() > 80 ? javaText.substring(0, 80) + "…" : javaText;
    return ref("cdk:unresolved:" + shown.replaceAll("\\s+", " "), at);
  }

  /** A map, in insertion order; a key set again keeps its place and takes the new value. */
  static final class DMap extends Draft {
    record DEntry(TextRange keyRange, Draft value) {}

    final Map<String, DEntry> entries = new LinkedHashMap<>();

    DMap(TextRange range) {
      super(range);
    }

    DMap put(String key, TextRange keyRange, Draft value) {
      entries.put(key, new DEntry(keyRange, value));
      return this;
    }

    Optional<Draft> get(String key) {
      return Optional.ofNullable(entries.get(key)).map(DEntry::value);
    }

    boolean has(String key) {
      return entries.containsKey(key);
    }

    /** The map under {@code key}, made (at {@code at}) when absent or not a map. */
    DMap map(String key, TextRange at) {
      DEntry e = entries.get(key);
      if (e != null && e.value() instanceof DMap m && !m.isIntrinsic()) return m;
      DMap m = new DMap(at);
      put(key, at, m);
      return m;
    }

    /** The list under {@code key}, made (at {@code at}) when absent or not a list. */
    DList list(String key, TextRange at) {
      DEntry e = entries.get(key);
      if (e != null && e.value() instanceof DList l) return l;
      DList l = new DList(at);
      put(key, at, l);
      return l;
    }

    boolean isIntrinsic() {
      return entries.size() == 1 && entries.keySet().stream().anyMatch(k -> k.equals("Ref") || k.startsWith("Fn::"));
    }

    @Override
    MapNode toNode(SourceFile file, String path) {
      List<MapNode.Entry> built = new ArrayList<>();
      for (Map.Entry<String, DEntry> e : entries.entrySet()) {
        String childPath = child(path, e.getKey());
        ScalarNode key = new ScalarNode(file, e.getValue().keyRange(), childPath, e.getKey(), e.getKey());
        built.add(new MapNode.Entry(key, e.getValue().value().toNode(file, childPath)));
      }
      return new MapNode(file, range, path, built);
    }
  }

  /** A list. */
  static final class DList extends Draft {
    final List<Draft> items = new ArrayList<>();

    DList(TextRange range) {
      super(range);
    }

    DList add(Draft item) {
      items.add(item);
      return this;
    }

    @Override
    ListNode toNode(SourceFile file, String path) {
      List<Node> built = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) built.add(items.get(i).toNode(file, child(path, Integer.toString(i))));
      return new ListNode(file, range, path, built);
    }
  }

  /** A string, a number ({@link Long}) or a boolean, with its text. */
  static final class DScalar extends Draft {
    final String text;
    final Object value;

    DScalar(String text, Object value, TextRange range) {
      super(range);
      this.text = text;
      this.value = value;
    }

    @Override
    ScalarNode toNode(SourceFile file, String path) {
      return new ScalarNode(file, range, path, text, value);
    }
  }
}
