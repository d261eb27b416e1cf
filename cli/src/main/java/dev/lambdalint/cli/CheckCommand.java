package dev.lambdalint.cli;

import dev.lambdalint.core.baseline.Baseline;
import dev.lambdalint.core.config.ConfigException;
import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.engine.LintException;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.report.Reporter;
import dev.lambdalint.core.report.Reporters;
import dev.lambdalint.core.report.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lambdalint check [PATH...]}: lint files and directories. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Lints Java handler sources and SAM/CloudFormation templates under the given paths.",
        "A file given by itself (as pre-commit passes changed files) is linted with the nearest template above it;"
            + " findings are reported for the given files (and that template) only."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  no finding at or above --fail-on; suppressed ones do not count",
        "  1  findings at or above --fail-on (default: any finding)",
        "  2  usage error, bad configuration or baseline, unreadable or unwritable path"})
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

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Exit 1 only when a finding at or above SEVERITY remains: error, warning or note"
          + " (default: failOn in the configuration, else note: any finding).")
  String failOn;

  @Option(names = "--show-suppressed",
      description = "List suppressed and baselined findings too (text format), each with its reason; they still do not count.")
  boolean showSuppressed;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Configuration file (default: the nearest " + LintConfig.FILE_NAME
          + " from the first PATH upwards, up to the repository root).")
  Path config;

  @Option(names = "--no-config", description = "Ignore any " + LintConfig.FILE_NAME + ": every rule at its defaults.")
  boolean noConfig;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Findings recorded in FILE do not count; only new ones fail (default: baseline in the configuration).")
  Path baseline;

  @Option(names = "--baseline-create", paramLabel = "FILE",
      description = "Record every current finding in FILE (JSON; no messages or source text), then report them as baselined.")
  Path baselineCreate;

  /** The directory paths are reported relative to; the working directory unless a test sets it. */
  Path root = Path.of(System.getProperty("user.dir"));

  /** The environment, for NO_COLOR; a test may replace it. */
  Map<String, String> environment = System.getenv();

  /** Whether standard output is a terminal; a test may replace it. */
  boolean terminal = Ansi.AUTO.enabled();

  /** The format names, for picocli's help and completion. */
  static final class Formats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Reporters.formats().iterator();
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Reporter reporter;
    try {
      reporter = Reporters.forFormat(format, useColour(), showSuppressed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': " + e.getMessage());
    }
    Severity threshold = null;
    if (failOn != null) {
      try {
        threshold = Severity.parse(failOn);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "Invalid value for option '--fail-on': " + e.getMessage());
      }
    }
    if (baseline != null && baselineCreate != null) {
      throw new ParameterException(spec.commandLine(), "--baseline and --baseline-create cannot be used together");
    }
    if (noConfig && config != null) {
      throw new ParameterException(spec.commandLine(), "--config and --no-config cannot be used together");
    }
    List<Path> targets = paths.isEmpty() ? List.of(root) : paths.stream().map(root::resolve).toList();
    for (Path path : paths) {
      if (!Files.exists(root.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
        err.println("lambdalint: path does not exist: " + path);
        return ExitCodes.ERROR;
      }
    }

    Linter linter = Linter.withInstalledRules();
    Report report;
    LintConfig settings;
    try {
      settings = loadConfig(linter, targets.get(0));
      report = linter.run(new LintRequest(targets, root, settings));
      if (baselineCreate != null) {
        Baseline created = Baseline.of(report);
        AtomicOutput.write(root.resolve(baselineCreate), created::write);
        report = created.apply(report, baselineCreate.toString()).report();
        err.println("lambdalint: baseline of " + created.entries().size() + " finding"
            + (created.entries().size() == 1 ? "" : "s") + " written to " + baselineCreate + ".");
      } else {
        Optional<Path> baselineFile = baseline != null ? Optional.of(root.resolve(baseline)) : settings.baseline();
        if (baselineFile.isPresent()) {
          String shown = baseline != null ? baseline.toString() : display(baselineFile.get());
          Baseline.Applied applied = Baseline.read(baselineFile.get()).apply(report, shown);
          report = applied.report();
          if (!applied.stale().isEmpty()) {
            err.println("lambdalint: " + applied.stale().size() + " baseline entr"
                + (applied.stale().size() == 1 ? "y matches" : "ies match") + " no finding any more (fixed?);"
                + " refresh " + shown + " with --baseline-create to drop them.");
          }
        }
      }
    } catch (ConfigException | LintException e) {
      err.println("lambdalint: " + e.getMessage());
      err.flush();
      return ExitCodes.ERROR;
    } catch (IOException e) {
      err.println("lambdalint: cannot write " + baselineCreate + ": " + e.getMessage());
      err.flush();
      return ExitCodes.ERROR;
    }

    Report finished = report;
    try {
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        reporter.write(finished, out);
        out.flush();
      } else {
        AtomicOutput.write(root.resolve(output), w -> reporter.write(finished, w));
        // The report went to a file; the terminal still deserves the one-line verdict.
        err.println(Summary.of(finished) + " Report written to " + output + ".");
      }
    } catch (IOException e) {
      err.println("lambdalint: cannot write " + (output == null ? "the report" : output) + ": " + e.getMessage());
      return ExitCodes.ERROR;
    }
    err.flush();
    Severity failAt = threshold != null ? threshold : settings.failOn().orElse(Severity.NOTE);
    return finished.hasFindingsAtLeast(failAt) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  private LintConfig loadConfig(Linter linter, Path firstTarget) {
    if (noConfig) return LintConfig.defaults();
    if (config != null) {
      Path file = root.resolve(config);
      if (!Files.isRegularFile(file)) throw new ConfigException(config + ": configuration file not found");
      return LintConfig.load(file, linter.rules());
    }
    return LintConfig.find(firstTarget).map(f -> LintConfig.load(f, linter.rules())).orElse(LintConfig.defaults());
  }

  /** Colour only for the text format on a terminal, and never when NO_COLOR is set. */
  private boolean useColour() {
    String noColor = environment.get("NO_COLOR");
    return output == null && terminal && (noColor == null || noColor.isEmpty())
        && format.toLowerCase(Locale.ROOT).equals("text");
  }

  private String display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
  }
}
