package dev.lambdalint.cli;

import dev.lambdalint.core.engine.LintException;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.report.Reporter;
import dev.lambdalint.core.report.Reporters;
import dev.lambdalint.core.report.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lambdalint check [PATH...]}: lint files and directories. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Lints Java handler sources and SAM/CloudFormation templates under the given paths.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  no findings", "  1  findings", "  2  usage error, or a path or file that cannot be read or written"})
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or directories to lint (default: the current directory).")
  List<Path> paths = List.of();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = Formats.class)
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (replaced atomically) instead of standard output.")
  Path output;

  /** The directory paths are reported relative to; the working directory unless a test sets it. */
  Path root = Path.of(System.getProperty("user.dir"));

  /** The format names, for picocli's help and completion. */
  static final class Formats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Reporters.formats().iterator();
    }
  }

  @Override
  public Integer call() {
    Reporter reporter;
    try {
      reporter = Reporters.forFormat(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': " + e.getMessage());
    }
    List<Path> targets = paths.isEmpty() ? List.of(root) : paths.stream().map(root::resolve).toList();
    PrintWriter err = spec.commandLine().getErr();
    for (Path path : paths) {
      if (!java.nio.file.Files.exists(root.resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        err.println("lambdalint: path does not exist: " + path);
        return ExitCodes.ERROR;
      }
    }
    Report report;
    try {
      report = Linter.withInstalledRules().run(new LintRequest(targets, root));
    } catch (LintException e) {
      err.println("lambdalint: " + e.getMessage());
      return ExitCodes.ERROR;
    }
    try {
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        reporter.write(report, out);
        out.flush();
      } else {
        AtomicOutput.write(root.resolve(output), w -> reporter.write(report, w));
        // The report went to a file; the terminal still deserves the one-line verdict.
        err.println(Summary.of(report) + " Report written to " + output + ".");
      }
    } catch (IOException e) {
      err.println("lambdalint: cannot write " + (output == null ? "the report" : output) + ": " + e.getMessage());
      return ExitCodes.ERROR;
    }
    err.flush();
    return report.findings().isEmpty() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
  }
}
