package dev.lambdalint.cli.bench;

import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The baseline of {@code bench/run.sh}: finds, reads and parses the files under the given paths
 * exactly as {@code lambdalint check} does, with the same parsers and threads, and runs no rule.
 * Lint time ÷ this time is the cost of the rules, the models and the report.
 *
 * <p>{@code java -cp cli/target/lambdalint.jar dev.lambdalint.cli.bench.ParseOnly PATH...}
 */
public final class ParseOnly {
  private ParseOnly() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("user.dir"));
    List<Path> paths = Arrays.stream(args).map(root::resolve).toList();
    Linter.ParseSummary parsed = Linter.withInstalledRules()
        .parseOnly(new LintRequest(paths.isEmpty() ? List.of(root) : paths, root));
    System.out.println("parsed " + parsed.templates() + " templates and " + parsed.javaSources()
        + " Java sources; " + parsed.unparsed() + " files did not parse");
  }
}
