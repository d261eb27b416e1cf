package dev.lambdalint.core.parse;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.template.MapNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Shared bookkeeping of the YAML and JSON readers: paths, duplicate keys, node budget. */
final class NodeBuilder {
  private final SourceFile file;
  private final long maxNodes;
  private final String format;
  private long nodes;
  private final List<ParseProblem> problems = new ArrayList<>();
  /** Duplicate keys listed one by one per document; past that they are counted (a hostile file can hold millions). */
  static final int MAX_DUPLICATES_LISTED = 50;
  private int duplicates;
  private TextRange firstUnlisted;

  NodeBuilder(SourceFile file, long maxNodes, String format) {
    this.file = file;
    this.maxNodes = maxNodes;
    this.format = format;
  }

  long maxNodes() {
    return maxNodes;
  }

  SourceFile file() {
    return file;
  }

  static String child(String path, String segment) {
    return path.isEmpty() ? segment : path + "/" + segment;
  }

  /**
   * Counts one node: the heap a document costs grows with its nodes, and aliases and merge keys
   * can make a small file expand without bound, so the total is capped.
   */
  void count(TextRange at) throws DocumentException {
    if (++nodes > maxNodes) {
      throw new DocumentException(format + " document holds more than " + maxNodes
          + " nodes (aliases and merge keys expanded); refusing to load it", at);
    }
  }

  /**
   * A mapping that names a key twice is ambiguous (YAML forbids it; parsers disagree on which
   * value wins). Reported, but the document still loads — with the last value, as most loaders
   * do — so the rest of the template is still checked.
   */
  void checkDuplicates(List<MapNode.Entry> entries) {
    Map<String, Integer> firstLine = new HashMap<>();
    for (MapNode.Entry e : entries) {
      Integer previous = firstLine.putIfAbsent(e.name(), e.key().range().startLine());
      if (previous != null && ++duplicates <= MAX_DUPLICATES_LISTED) {
        problems.add(new ParseProblem(file, e.key().range(), "duplicate key '" + ParserMessages.maskUserText(e.name())
            + "' (first at line " + previous + "); the last value was used"));
      } else if (previous != null && firstUnlisted == null) {
        firstUnlisted = e.key().range();
      }
    }
  }

  /** Problems that did not stop the document from loading. */
  List<ParseProblem> problems() {
    if (firstUnlisted == null) return List.copyOf(problems);
    List<ParseProblem> all = new ArrayList<>(problems);
    int more = duplicates - MAX_DUPLICATES_LISTED;
    all.add(new ParseProblem(file, firstUnlisted, more + " more duplicate key" + (more == 1 ? "" : "s")
        + " from here on, not listed one by one; the last value of each was used"));
    return List.copyOf(all);
  }
}
