package dev.lambdalint.core.parse;

/**
 * Bounds that keep hostile input from exhausting memory or the stack. Real templates stay far
 * below them: CloudFormation itself accepts 1 MB of template body.
 *
 * @param maxBytes largest file read as a template (and as a Java source)
 * @param maxAliases YAML aliases to collections per document (billion-laughs guard)
 * @param maxNestingDepth deepest nesting of maps and lists
 * @param maxNodes most nodes (maps, lists, scalars, keys) one document may hold, aliases and
 *     merge keys expanded: the heap a file costs grows with its nodes, not its bytes (a flow list
 *     of one-digit numbers is two bytes a node, and each node costs a few hundred bytes of heap)
 */
public record LoaderLimits(long maxBytes, int maxAliases, int maxNestingDepth, long maxNodes) {

  /**
   * 500 000 nodes: a 1 MB template (CloudFormation's largest template body) written as densely
   * as YAML allows ({@code [0,0,0,…]}, two bytes a node) holds 500 000; the largest template of
   * the corpus is 52 KB. Measured: a document of 499 000 one-digit scalars loads under
   * {@code -Xmx256m} and keeps 86 MB; one of 1 000 000 kept 173 MB, and under {@code -Xmx256m}
   * ran out of memory in SnakeYAML's composer before any bound on converted nodes was reached.
   */
  public static final long DEFAULT_MAX_NODES = 500_000;

  public LoaderLimits(long maxBytes, int maxAliases, int maxNestingDepth) {
    this(maxBytes, maxAliases, maxNestingDepth, DEFAULT_MAX_NODES);
  }

  public static LoaderLimits defaults() {
    return new LoaderLimits(16L * 1024 * 1024, 100, 200, DEFAULT_MAX_NODES);
  }
}
