package dev.lambdalint.cli;

import static dev.lambdalint.cli.ProjectInput.say;

import dev.lambdalint.core.config.ConfigException;
import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.engine.BuiltinRules;
import dev.lambdalint.core.engine.LintException;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.graph.GraphWriter;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.report.AtomicOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lambdalint graph [PATH...]}: draw the system the templates and the code describe. */
@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Draws the serverless system under the given paths: functions (runtime, memory, timeout), what"
        + " triggers them and how (sync, async, poll), which function's code invokes which (chains LL102 reports"
        + " highlighted), and where failures go (dead-letter queues, on-failure destinations; a missing one marked).",
        "Paths, context and configuration (include/exclude) are read as `check` reads them; no rule runs. See docs/graph.md."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  the graph was written",
        "  2  usage error, bad configuration, unreadable or unwritable path"})
final class GraphCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or directories to draw (default: the current directory).")
  List<Path> paths = List.of();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
      description = "mermaid (a flowchart for Markdown), dot (Graphviz) or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "repository",
      description = "repository: one drawing, a subgraph per template; template: one drawing per template"
          + " (Mermaid as Markdown with a block per template) (default: ${DEFAULT-VALUE}).")
  String scope;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the graph to FILE (replaced atomically) instead of standard output.")
  Path output;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Configuration file (default: the nearest " + LintConfig.FILE_NAME
          + " from the first PATH upwards, up to the repository root).")
  Path config;

  @Option(names = "--no-config", description = "Ignore any " + LintConfig.FILE_NAME + ".")
  boolean noConfig;

  /** The directory paths are resolved against; the working directory unless a test sets it. */
  Path root = Path.of(System.getProperty("user.dir"));

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    GraphWriter.Format graphFormat = parse("--format", () -> GraphWriter.Format.parse(format));
    GraphWriter.Scope graphScope = parse("--scope", () -> GraphWriter.Scope.parse(scope));
    Optional<List<Path>> checked = ProjectInput.checkedTargets(spec, root, paths, config, noConfig, err);
    if (checked.isEmpty()) return ExitCodes.ERROR;
    List<Path> targets = checked.get();
    Linter linter = Linter.withInstalledRules();
    Report report;
    try {
      LintConfig settings = ProjectInput.config(root, config, noConfig, targets, linter);
      report = linter.graph(new LintRequest(targets, ProjectInput.reportRoot(root), settings));
    } catch (ConfigException | LintException e) {
      say(err, "lambdalint: " + e.getMessage());
      err.flush();
      return ExitCodes.ERROR;
    }
    // What the loaders said (a file that does not parse is missing from the drawing): the graph is still written.
    for (Finding f : report.findings()) {
      if (f.ruleId().equals(BuiltinRules.PARSE_ERROR.id())) {
        say(err, "lambdalint: " + f.file().path() + ":" + f.range().startLine() + ": " + f.message());
      }
    }
    String text = GraphWriter.write(report.graph().orElseThrow(), graphFormat, graphScope);
    int status = ExitCodes.CLEAN;
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      if (out.checkError()) {
        say(err, "lambdalint: cannot write the graph to standard output");
        status = ExitCodes.ERROR;
      }
    } else {
      try {
        AtomicOutput.write(root.resolve(output), w -> w.write(text));
      } catch (IOException e) {
        say(err, "lambdalint: cannot write " + output + ": " + e.getMessage());
        status = ExitCodes.ERROR;
      }
    }
    err.flush();
    return status;
  }

  /** The value of an option, or picocli's usage error naming the option. */
  private <T> T parse(String option, java.util.function.Supplier<T> value) {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + e.getMessage());
    }
  }
}
