package dev.lambdalint.core.parse;

import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.template.ListNode;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.ScalarNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML to nodes through SnakeYAML's composer only: the composed graph keeps tags and marks, and
 * nothing is ever constructed as a Java object. Short-form intrinsics become long form here.
 */
final class YamlReader {
  private final LoaderLimits limits;

  YamlReader(LoaderLimits limits) {
    this.limits = limits;
  }

  /** The single document of {@code text}, or empty when there is none. */
  Optional<Node> read(NodeBuilder builder, String text) throws DocumentException {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxNestingDepth());
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    Yaml yaml = new Yaml(new SafeConstructor(options));
    try {
      Iterator<org.yaml.snakeyaml.nodes.Node> documents = yaml.composeAll(new StringReader(text)).iterator();
      if (!documents.hasNext()) return Optional.empty();
      org.yaml.snakeyaml.nodes.Node first = documents.next();
      if (documents.hasNext()) {
        org.yaml.snakeyaml.nodes.Node second = documents.next();
        throw new DocumentException("more than one YAML document; a template is a single document",
            start(second.getStartMark()));
      }
      return Optional.of(convert(first, "", builder, 0));
    } catch (MarkedYAMLException e) {
      throw new DocumentException(describe(e), position(e));
    } catch (YAMLException e) {
      throw new DocumentException("YAML error: " + ParserMessages.clean(e.getMessage()), TextRange.startOfLine(1));
    } catch (StackOverflowError e) {
      throw new DocumentException("YAML nesting too deep to load", TextRange.startOfLine(1));
    }
  }

  private Node convert(org.yaml.snakeyaml.nodes.Node node, String path, NodeBuilder b, int depth)
      throws DocumentException {
    TextRange range = range(node);
    b.count(range);
    if (depth > limits.maxNestingDepth()) {
      throw new DocumentException("nesting deeper than " + limits.maxNestingDepth() + " levels", range);
    }
    String tag = node.getTag().getValue();
    if (Intrinsics.isIntrinsicTag(tag)) {
      String name = Intrinsics.longName(tag);
      String innerPath = NodeBuilder.child(path, name);
      Node inner = name.equals("Fn::GetAtt") && node instanceof org.yaml.snakeyaml.nodes.ScalarNode s
          ? splitGetAtt(s, innerPath, b)
          : convertUntagged(node, innerPath, b, depth);
      ScalarNode key = new ScalarNode(b.file(), range, path, name, name);
      return new MapNode(b.file(), range, path, List.of(new MapNode.Entry(key, inner)));
    }
    return convertUntagged(node, path, b, depth);
  }

  /** The node itself, its own tag ignored (the argument of an intrinsic is plain data). */
  private Node convertUntagged(org.yaml.snakeyaml.nodes.Node node, String path, NodeBuilder b, int depth)
      throws DocumentException {
    TextRange range = range(node);
    if (node instanceof MappingNode map) {
      List<MapNode.Entry> entries = new ArrayList<>();
      for (NodeTuple tuple : map.getValue()) {
        if (!(tuple.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode keyNode)) {
          throw new DocumentException("mapping keys must be plain strings", range(tuple.getKeyNode()));
        }
        String keyText = keyNode.getValue();
        ScalarNode key = new ScalarNode(b.file(), range(keyNode), NodeBuilder.child(path, keyText), keyText, keyText);
        b.count(key.range());
        Node value = convert(tuple.getValueNode(), NodeBuilder.child(path, keyText), b, depth + 1);
        entries.add(new MapNode.Entry(key, value));
      }
      b.checkDuplicates(entries);
      return new MapNode(b.file(), range, path, entries);
    }
    if (node instanceof SequenceNode seq) {
      List<Node> items = new ArrayList<>();
      int i = 0;
      for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
        items.add(convert(item, NodeBuilder.child(path, Integer.toString(i++)), b, depth + 1));
      }
      return new ListNode(b.file(), range, path, items);
    }
    org.yaml.snakeyaml.nodes.ScalarNode scalar = (org.yaml.snakeyaml.nodes.ScalarNode) node;
    return new ScalarNode(b.file(), range, path, scalar.getValue(), typedValue(scalar));
  }

  /** {@code !GetAtt Res.Attr} is {@code ["Res", "Attr"]}; the attribute may itself hold dots. */
  private static Node splitGetAtt(org.yaml.snakeyaml.nodes.ScalarNode s, String path, NodeBuilder b) {
    TextRange range = range(s);
    String text = s.getValue();
    int dot = text.indexOf('.');
    List<Node> parts = new ArrayList<>();
    if (dot < 0) {
      parts.add(new ScalarNode(b.file(), range, NodeBuilder.child(path, "0"), text, text));
    } else {
      parts.add(new ScalarNode(b.file(), range, NodeBuilder.child(path, "0"), text.substring(0, dot), text.substring(0, dot)));
      parts.add(new ScalarNode(b.file(), range, NodeBuilder.child(path, "1"), text.substring(dot + 1), text.substring(dot + 1)));
    }
    return new ListNode(b.file(), range, path, parts);
  }

  /** The value the implicit YAML tag gives a plain scalar; quoted scalars are always strings. */
  private static Object typedValue(org.yaml.snakeyaml.nodes.ScalarNode scalar) {
    String text = scalar.getValue();
    Tag tag = scalar.getTag();
    if (!scalar.isPlain() || tag.equals(Tag.STR)) return text;
    if (tag.equals(Tag.NULL)) return null;
    if (tag.equals(Tag.BOOL)) {
      String t = text.toLowerCase(java.util.Locale.ROOT);
      return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y");
    }
    if (tag.equals(Tag.INT)) {
      try {
        return Long.parseLong(text.replace("_", ""));
      } catch (NumberFormatException e) {
        return text;
      }
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return Double.parseDouble(text.replace("_", ""));
      } catch (NumberFormatException e) {
        return text;
      }
    }
    return text;
  }

  private static TextRange range(org.yaml.snakeyaml.nodes.Node node) {
    Mark start = node.getStartMark();
    Mark end = node.getEndMark();
    if (start == null) return TextRange.startOfLine(1);
    if (end == null) return start(start);
    // SnakeYAML marks are 0-based; its end mark already points one past the last character.
    return new TextRange(start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1, end.getColumn() + 1);
  }

  private static TextRange start(Mark mark) {
    return TextRange.at(mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static TextRange position(MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    return mark == null ? TextRange.startOfLine(1) : start(mark);
  }

  private static String describe(MarkedYAMLException e) {
    StringBuilder sb = new StringBuilder("YAML syntax error: ");
    String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
    if (problem.contains("(TAB)")) {
      // SnakeYAML's "found character '\t(TAB)'..." would come out masked as if it were a secret.
      return "YAML syntax error: a tab character where YAML allows only spaces (indent with spaces)";
    }
    sb.append(ParserMessages.clean(problem));
    if (e.getContext() != null) {
      sb.append(" (").append(ParserMessages.clean(e.getContext()));
      if (e.getContextMark() != null) sb.append(" at line ").append(e.getContextMark().getLine() + 1);
      sb.append(')');
    }
    return sb.toString();
  }

}
