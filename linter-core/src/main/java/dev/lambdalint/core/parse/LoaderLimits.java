package dev.lambdalint.core.parse;

/**
 * Bounds that keep hostile input from exhausting memory or the stack. Real templates stay far
 * below them: CloudFormation itself accepts 1 MB of template body.
 *
 * @param maxBytes largest file read as a template
 * @param maxAliases YAML aliases to collections per document (billion-laughs guard)
 * @param maxNestingDepth deepest nesting of maps and lists
 */
public record LoaderLimits(long maxBytes, int maxAliases, int maxNestingDepth) {

  public static LoaderLimits defaults() {
    return new LoaderLimits(16L * 1024 * 1024, 100, 200);
  }

  /**
   * Nodes one document may expand to. Every node costs at least a byte of source, so only
   * aliases can exceed the file size; the floor leaves room for legitimate anchors in small files.
   */
  long maxNodes(int contentLength) {
    return Math.max(100_000L, 2L * contentLength);
  }
}
