package dev.lambdalint.core.parse;

import dev.lambdalint.core.template.MapNode;
import java.util.List;

/** What loading a YAML or JSON file gave. */
public sealed interface LoadResult {

  /**
   * A CloudFormation or SAM template, with the problems that did not stop it from loading
   * (duplicate keys): each is still worth an LL001. {@code text} is the decoded text (UTF-8 or
   * UTF-16, a BOM dropped): comments are read from it, never from the raw bytes.
   */
  record Loaded(MapNode root, List<ParseProblem> problems, String text) implements LoadResult {
    public Loaded {
      problems = List.copyOf(problems);
    }
  }

  /** Some other YAML or JSON (a workflow, package.json): ignored silently. */
  record NotATemplate() implements LoadResult {}

  /** A template, or a file that clearly means to be one, that cannot be loaded. */
  record Failed(ParseProblem problem) implements LoadResult {}
}
