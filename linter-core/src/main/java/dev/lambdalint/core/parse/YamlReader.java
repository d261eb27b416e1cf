package dev.lambdalint.core.parse;

import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.template.ListNode;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.ScalarNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML to nodes through SnakeYAML's composer only: the composed graph keeps tags and marks, and
 * nothing is ever constructed as a Java object. Short-form intrinsics become long form here, and
 * YAML 1.1 merge keys ({@code <<: *anchor}) are resolved as SAM CLI's PyYAML loader resolves them.
 * Columns come out as UTF-16 columns (SnakeYAML counts code points), as everywhere in a run.
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
    Positions positions = new Positions(text);
    // The composer holds the whole graph before it is converted: its nodes are counted as they are
    // parsed, so a document of a million tiny scalars stops at the bound, not at the heap's end.
    CountingParser parser = new CountingParser(new ParserImpl(new StreamReader(new StringReader(text)), options),
        builder.maxNodes());
    Composer composer = new Composer(parser, new Resolver(), options);
    try {
      if (!composer.checkNode()) return Optional.empty();
      org.yaml.snakeyaml.nodes.Node first = composer.getNode();
      if (composer.checkNode()) {
        org.yaml.snakeyaml.nodes.Node second = composer.getNode();
        throw new DocumentException("more than one YAML document; a template is a single document",
            positions.start(second.getStartMark()));
      }
      return Optional.of(new Conversion(builder, positions).convert(first, "", 0));
    } catch (TooManyNodes e) {
      throw new DocumentException("YAML document holds more than " + builder.maxNodes()
          + " nodes; refusing to load it (the bound keeps one file from exhausting the memory of the run)",
          positions.start(e.at));
    } catch (MarkedYAMLException e) {
      throw new DocumentException(describe(e), position(e, positions));
    } catch (ReaderException e) {
      // "special characters are not allowed": the reader names the offending code point's index.
      throw new DocumentException("YAML error: " + readerProblem(e), positions.atCodePointIndex(e.getPosition()));
    } catch (YAMLException e) {
      throw new DocumentException("YAML error: " + ParserMessages.clean(e.getMessage()), TextRange.startOfLine(1));
    } catch (StackOverflowError e) {
      throw new DocumentException("YAML nesting too deep to load", TextRange.startOfLine(1));
    }
  }

  private static String readerProblem(ReaderException e) {
    int cp = e.getCodePoint();
    return "a control character (U+" + String.format(java.util.Locale.ROOT, "%04X", cp)
        + ") where YAML allows only printable characters";
  }

  /** Counts the node events the composer takes; past the bound it stops the parse. */
  private static final class CountingParser implements Parser {
    private final Parser delegate;
    private final long max;
    private long nodes;

    CountingParser(Parser delegate, long max) {
      this.delegate = delegate;
      this.max = max;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return delegate.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
      return delegate.peekEvent();
    }

    @Override
    public Event getEvent() {
      Event event = delegate.getEvent();
      if ((event.is(Event.ID.Scalar) || event.is(Event.ID.MappingStart) || event.is(Event.ID.SequenceStart)
          || event.is(Event.ID.Alias)) && ++nodes > max) {
        throw new TooManyNodes(event.getStartMark());
      }
      return event;
    }
  }

  private static final class TooManyNodes extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Mark at;

    TooManyNodes(Mark at) {
      super(null, null, false, false);
      this.at = at;
    }
  }

  /** One document's conversion: its node budget and its positions. */
  private final class Conversion {
    private final NodeBuilder b;
    private final Positions positions;

    Conversion(NodeBuilder b, Positions positions) {
      this.b = b;
      this.positions = positions;
    }

  private Node convert(org.yaml.snakeyaml.nodes.Node node, String path, int depth)
      throws DocumentException {
    TextRange range = positions.range(node);
    b.count(range);
    if (depth > limits.maxNestingDepth()) {
      throw new DocumentException("nesting deeper than " + limits.maxNestingDepth() + " levels", range);
    }
    String tag = node.getTag().getValue();
    if (Intrinsics.isIntrinsicTag(tag)) {
      String name = Intrinsics.longName(tag);
      String innerPath = NodeBuilder.child(path, name);
      Node inner = name.equals("Fn::GetAtt") && node instanceof org.yaml.snakeyaml.nodes.ScalarNode s
          ? splitGetAtt(s, innerPath)
          : convertUntagged(node, innerPath, depth);
      ScalarNode key = new ScalarNode(b.file(), range, path, name, name);
      return new MapNode(b.file(), range, path, List.of(new MapNode.Entry(key, inner)));
    }
    return convertUntagged(node, path, depth);
  }

  /** The node itself, its own tag ignored (the argument of an intrinsic is plain data). */
  private Node convertUntagged(org.yaml.snakeyaml.nodes.Node node, String path, int depth)
      throws DocumentException {
    TextRange range = positions.range(node);
    if (node instanceof MappingNode map) {
      List<MapNode.Entry> own = new ArrayList<>();
      List<MapNode.Entry> merged = new ArrayList<>();
      for (NodeTuple tuple : map.getValue()) {
        if (isMergeKey(tuple.getKeyNode())) {
          for (NodeTuple m : mergedTuples(tuple.getValueNode(), map, new IdentityHashMap<>())) {
            merged.add(entry(m, path, depth));
          }
        } else {
          own.add(entry(tuple, path, depth));
        }
      }
      b.checkDuplicates(own);
      if (merged.isEmpty()) return new MapNode(b.file(), range, path, own);
      // As PyYAML (SAM CLI) builds the dict: merged keys first, a key written in the mapping
      // itself replaces a merged one in place; among merged keys, the first source wins.
      Map<String, MapNode.Entry> entries = new LinkedHashMap<>();
      for (MapNode.Entry e : merged) entries.putIfAbsent(e.name(), e);
      for (MapNode.Entry e : own) entries.put(e.name(), e);
      return new MapNode(b.file(), range, path, List.copyOf(entries.values()));
    }
    if (node instanceof SequenceNode seq) {
      List<Node> items = new ArrayList<>();
      int i = 0;
      for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
        items.add(convert(item, NodeBuilder.child(path, Integer.toString(i++)), depth + 1));
      }
      return new ListNode(b.file(), range, path, items);
    }
    org.yaml.snakeyaml.nodes.ScalarNode scalar = (org.yaml.snakeyaml.nodes.ScalarNode) node;
    return new ScalarNode(b.file(), range, path, scalar.getValue(), typedValue(scalar));
  }

  private MapNode.Entry entry(NodeTuple tuple, String path, int depth) throws DocumentException {
    if (!(tuple.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode keyNode)) {
      throw new DocumentException("mapping keys must be plain strings", positions.range(tuple.getKeyNode()));
    }
    String keyText = keyNode.getValue();
    ScalarNode key = new ScalarNode(b.file(), positions.range(keyNode), NodeBuilder.child(path, keyText), keyText, keyText);
    b.count(key.range());
    Node value = convert(tuple.getValueNode(), NodeBuilder.child(path, keyText), depth + 1);
    return new MapNode.Entry(key, value);
  }

  /**
   * The key/value pairs a merge key's value brings in (YAML 1.1 merge key): a mapping, or a list
   * of mappings of which an earlier one wins. A merged mapping's own merge keys are resolved
   * first. Every pair visited counts against the node budget, so chains of merges cannot
   * multiply without bound; a mapping merged into itself is refused.
   */
  private List<NodeTuple> mergedTuples(org.yaml.snakeyaml.nodes.Node value, MappingNode into,
      Map<MappingNode, Boolean> active) throws DocumentException {
    List<org.yaml.snakeyaml.nodes.Node> sources = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
    List<NodeTuple> tuples = new ArrayList<>();
    for (org.yaml.snakeyaml.nodes.Node source : sources) {
      if (!(source instanceof MappingNode map) || Intrinsics.isIntrinsicTag(source.getTag().getValue())) {
        throw new DocumentException("a merge key (<<) takes a mapping or a list of mappings, usually an alias (<<: *name)",
            positions.range(source));
      }
      if (map == into || active.put(map, Boolean.TRUE) != null) {
        throw new DocumentException("a merge key (<<) merges a mapping into itself", positions.range(source));
      }
      List<NodeTuple> inner = new ArrayList<>();
      List<NodeTuple> own = new ArrayList<>();
      for (NodeTuple t : map.getValue()) {
        b.count(positions.range(t.getKeyNode()));
        if (isMergeKey(t.getKeyNode())) inner.addAll(mergedTuples(t.getValueNode(), map, active));
        else own.add(t);
      }
      active.remove(map);
      tuples.addAll(own); // the source's own keys before what it merged itself (they win over it)
      tuples.addAll(inner);
    }
    return tuples;
  }

  /** {@code !GetAtt Res.Attr} is {@code ["Res", "Attr"]}; the attribute may itself hold dots. */
  private Node splitGetAtt(org.yaml.snakeyaml.nodes.ScalarNode s, String path) {
    TextRange range = positions.range(s);
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
  }

  /** A plain {@code <<} key (a quoted one is an ordinary key, as in YAML 1.1). */
  private static boolean isMergeKey(org.yaml.snakeyaml.nodes.Node key) {
    return key instanceof org.yaml.snakeyaml.nodes.ScalarNode s && s.getTag().equals(Tag.MERGE) && s.isPlain();
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

  /**
   * SnakeYAML's marks (0-based lines, code-point columns, the end mark one past the last
   * character) as 1-based lines and UTF-16 columns. Only a text holding characters outside the
   * Basic Multilingual Plane needs the conversion, which looks up the mark's line.
   */
  private static final class Positions {
    private final String text;
    private final int[] lineStarts;
    private int cachedLine = -1;
    private String cachedText;

    Positions(String text) {
      this.text = text;
      this.lineStarts = Columns.hasSupplementary(text) ? lineStarts(text) : null;
    }

    TextRange range(org.yaml.snakeyaml.nodes.Node node) {
      Mark start = node.getStartMark();
      Mark end = node.getEndMark();
      if (start == null) return TextRange.startOfLine(1);
      if (end == null) return start(start);
      return new TextRange(start.getLine() + 1, column(start), end.getLine() + 1, column(end));
    }

    TextRange start(Mark mark) {
      if (mark == null) return TextRange.startOfLine(1);
      return TextRange.at(mark.getLine() + 1, column(mark));
    }

    /** Where the code point at {@code index} (0-based, in the whole text) is. */
    TextRange atCodePointIndex(int index) {
      int line = 1;
      int lineStart = 0;
      int i = 0;
      for (int points = 0; points < index && i < text.length(); points++) {
        char c = text.charAt(i);
        i += Character.charCount(text.codePointAt(i));
        if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
          line++;
          lineStart = i;
        }
      }
      return TextRange.at(line, i - lineStart + 1);
    }

    private int column(Mark mark) {
      int cp = mark.getColumn() + 1;
      if (lineStarts == null) return cp;
      int line = mark.getLine();
      if (line != cachedLine) {
        cachedLine = line;
        cachedText = line < lineStarts.length
            ? text.substring(lineStarts[line], line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length())
            : "";
      }
      return Columns.toUtf16(cachedText, cp);
    }

    private static int[] lineStarts(String text) {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) starts.add(i + 1);
      }
      return starts.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private static TextRange position(MarkedYAMLException e, Positions positions) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    return positions.start(mark);
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
