package dev.lambdalint.cli;

import static dev.lambdalint.cli.ProjectInput.say;

import dev.lambdalint.core.baseline.Baseline;
import dev.lambdalint.core.config.ConfigException;
import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.engine.LintException;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.engine.RunPolicy;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.report.AtomicOutput;
import dev.lambdalint.core.report.ReportOptions;
import dev.lambdalint.core.report.Reporter;
import dev.lambdalint.core.report.Reporters;
import dev.lambdalint.core.report.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        "A Java file or pom.xml given by itself (as pre-commit passes changed files) is linted with the templates"
            + " that describe its module (in its folder or above it, up to the repository root); findings are reported"
            + " for the given files (and a Java file's templates) only. Paths in reports are relative to the repository root."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  no finding at or above --fail-on; suppressed and baselined ones do not count",
        "  1  findings at or above --fail-on (default: warning; notes alone exit 0)",
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

  @Option(names = "--output-sarif", paramLabel = "FILE",
      description = "Also write a SARIF report to FILE, from the same run (combine with the other --output-FORMAT options).")
  Path outputSarif;

  @Option(names = "--output-junit", paramLabel = "FILE", description = "Also write a JUnit XML report to FILE.")
  Path outputJunit;

  @Option(names = "--output-gitlab", paramLabel = "FILE", description = "Also write a GitLab Code Quality report to FILE.")
  Path outputGitlab;

  @Option(names = "--output-json", paramLabel = "FILE", description = "Also write a JSON report to FILE.")
  Path outputJson;

  @Option(names = "--output-html", paramLabel = "FILE",
      description = "Also write the HTML report to FILE (one self-contained page to open in a browser or keep as a CI artifact).")
  Path outputHtml;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Exit 1 only when a finding at or above SEVERITY remains: error, warning or note"
          + " (default: failOn in the configuration, else warning: notes do not fail).")
  String failOn;

  @Option(names = "--rule", paramLabel = "ID|NAME", split = ",",
      description = "Run only these rules (repeatable, or a comma-separated list); lambdalint's own LL001-LL003 stay on.")
  List<String> onlyRules = new ArrayList<>();

  @Option(names = "--skip-rule", paramLabel = "ID|NAME", split = ",",
      description = "Never run these rules (repeatable, or a comma-separated list).")
  List<String> skipRules = new ArrayList<>();

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never (default: ${DEFAULT-VALUE}).")
  String color;

  @Option(names = {"-q", "--quiet"},
      description = "Leave notes out of the text report (the summary still counts them); errors and warnings are listed as usual.")
  boolean quiet;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Compare dates (LL501's runtime deprecations) with this day instead of today, to reproduce a run"
          + " byte for byte later (default: asOf in the configuration, else today in UTC).")
  String asOf;

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
    Severity threshold = failOn == null ? null : parse("--fail-on", () -> Severity.parse(failOn));
    boolean colour = parse("--color", this::useColour);
    Reporter reporter = parse("--format", () -> Reporters.forFormat(format, new ReportOptions(colour, showSuppressed, quiet)));
    LocalDate day = asOf == null ? null : parse("--as-of", () -> RunPolicy.parseDate(asOf));
    Map<Path, Reporter> extraReports = new LinkedHashMap<>();
    addReport(extraReports, outputSarif, "sarif");
    addReport(extraReports, outputJunit, "junit");
    addReport(extraReports, outputGitlab, "gitlab");
    addReport(extraReports, outputJson, "json");
    addReport(extraReports, outputHtml, "html");
    if (baseline != null && baselineCreate != null) {
      throw new ParameterException(spec.commandLine(), "--baseline and --baseline-create cannot be used together");
    }
    Optional<List<Path>> checked = ProjectInput.checkedTargets(spec, root, paths, config, noConfig, err);
    if (checked.isEmpty()) return ExitCodes.ERROR;
    List<Path> targets = checked.get();

    Linter linter = Linter.withInstalledRules();
    Report report;
    RunPolicy policy;
    try {
      LintConfig settings = ProjectInput.config(root, config, noConfig, targets, linter);
      policy = RunPolicy.of(settings, new RunPolicy.Options(threshold,
          baseline == null ? null : root.resolve(baseline), onlyRules, skipRules, day), linter.rules());
      LintRequest request = new LintRequest(targets, ProjectInput.reportRoot(root), policy.config());
      // The HTML report draws the system: the graph is built from the same run, only when it is shown.
      boolean html = format.equalsIgnoreCase("html") || outputHtml != null;
      report = linter.run(html ? request.drawingGraph() : request);
      if (baselineCreate != null) {
        Baseline created = Baseline.of(report);
        AtomicOutput.write(root.resolve(baselineCreate), created::write);
        report = created.apply(report, baselineCreate.toString()).report();
        say(err, "lambdalint: baseline of " + created.entries().size() + " finding"
            + (created.entries().size() == 1 ? "" : "s") + " written to " + baselineCreate + ".");
      } else if (policy.baseline().isPresent()) {
        String shown = baseline != null ? baseline.toString() : SourceFile.of(policy.baseline().get(), root).path();
        Baseline.Applied applied = policy.applyBaseline(report, shown);
        report = applied.report();
        if (!applied.stale().isEmpty()) {
          say(err, "lambdalint: " + applied.stale().size() + " baseline entr"
              + (applied.stale().size() == 1 ? "y matches" : "ies match") + " no finding any more (fixed?);"
              + " refresh " + shown + " with --baseline-create to drop them.");
        }
      }
    } catch (ConfigException | LintException e) {
      say(err, "lambdalint: " + e.getMessage());
      err.flush();
      return ExitCodes.ERROR;
    } catch (IOException e) {
      say(err, "lambdalint: cannot write " + baselineCreate + ": " + e.getMessage());
      err.flush();
      return ExitCodes.ERROR;
    }

    Report finished = report;
    int status = policy.fails(finished) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    // Every report is attempted, so one unwritable file does not cost the others.
    for (Map.Entry<Path, Reporter> extra : extraReports.entrySet()) {
      status = Math.max(status, writeFile(extra.getKey(), extra.getValue(), finished, err));
    }
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      boolean failed = false;
      try {
        reporter.write(finished, out);
      } catch (IOException e) {
        failed = true;
      }
      // PrintWriter keeps its own write errors (a full disk, a closed pipe) to itself until asked.
      if (failed || out.checkError()) {
        say(err, "lambdalint: cannot write the report to standard output");
        status = ExitCodes.ERROR;
      }
    } else {
      status = Math.max(status, writeFile(output, reporter, finished, err));
    }
    if (output != null || !extraReports.isEmpty()) {
      // The report went to files; the terminal still deserves the one-line verdict.
      List<Path> written = new ArrayList<>(extraReports.keySet());
      if (output != null) written.add(0, output);
      say(err, Summary.of(finished) + " Report" + (written.size() == 1 ? "" : "s") + " written to "
          + String.join(", ", written.stream().map(Path::toString).toList()) + ".");
    }
    err.flush();
    return status;
  }

  private int writeFile(Path file, Reporter reporter, Report report, PrintWriter err) {
    try {
      AtomicOutput.write(root.resolve(file), w -> reporter.write(report, w));
      return ExitCodes.CLEAN;
    } catch (IOException e) {
      say(err, "lambdalint: cannot write " + file + ": " + e.getMessage());
      return ExitCodes.ERROR;
    }
  }

  private void addReport(Map<Path, Reporter> reports, Path file, String reportFormat) {
    if (file == null) return;
    if (reports.containsKey(file) || file.equals(output)) {
      throw new ParameterException(spec.commandLine(), "two reports cannot be written to the same file: " + file);
    }
    reports.put(file, Reporters.forFormat(reportFormat));
  }

  /** The value of an option, or picocli's usage error naming the option. */
  private <T> T parse(String option, java.util.function.Supplier<T> value) {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + e.getMessage());
    }
  }

  /**
   * Colour only in the text format: {@code --color always} asks for it anywhere; by default
   * ({@code auto}) only on a terminal, never in a file, nor when NO_COLOR is set.
   */
  private boolean useColour() {
    if (!format.toLowerCase(Locale.ROOT).equals("text")) return false;
    return switch (color.toLowerCase(Locale.ROOT)) {
      case "always" -> true;
      case "never" -> false;
      case "auto" -> {
        String noColor = environment.get("NO_COLOR");
        yield output == null && terminal && (noColor == null || noColor.isEmpty());
      }
      default -> throw new IllegalArgumentException("'" + color + "' (expected auto, always or never)");
    };
  }
}
