package dev.lambdalint.maven;

import dev.lambdalint.core.baseline.Baseline;
import dev.lambdalint.core.config.ConfigException;
import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.engine.BuildFacts;
import dev.lambdalint.core.engine.LintException;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.ProjectLayout;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.engine.RunPolicy;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.report.AtomicOutput;
import dev.lambdalint.core.report.Reporters;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Lints the module's SAM/CloudFormation templates and Lambda handler sources, logs the findings,
 * writes them as SARIF (and as HTML when {@code htmlOutput} is set), and fails the build when
 * findings at or above {@code failOnSeverity} remain. Bound to {@code verify}, so the packaged artifact exists and the package-size rule measures it.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  /** Skips the check. */
  @Parameter(property = "lambdalint.skip", defaultValue = "false")
  private boolean skip;

  /** Fails the build when findings at or above {@code failOnSeverity} remain. */
  @Parameter(property = "lambdalint.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /**
   * The least severe finding that fails the build: {@code error}, {@code warning} or {@code note}.
   * Default: {@code failOn} in the configuration file, else {@code warning} (as the CLI).
   */
  @Parameter(property = "lambdalint.failOnSeverity")
  private String failOnSeverity;

  /** Findings recorded in this baseline file do not count (default: {@code baseline} in the configuration file). */
  @Parameter(property = "lambdalint.baseline")
  private File baseline;

  /** Only these rules run (ids or names); lambdalint's own diagnostics (parse errors, rule failures) stay on. */
  @Parameter(property = "lambdalint.rules")
  private List<String> rules = new ArrayList<>();

  /**
   * The date rules compare dates with ({@code YYYY-MM-DD}; runtime deprecations), to
   * reproduce a build's findings later; default: {@code asOf} in the configuration, else today (UTC).
   */
  @Parameter(property = "lambdalint.asOf")
  private String asOf;

  /** These rules never run (ids or names). */
  @Parameter(property = "lambdalint.skipRules")
  private List<String> skipRules = new ArrayList<>();

  /** How many findings at or above the threshold are tolerated before the build fails. */
  @Parameter(property = "lambdalint.maxAllowedViolations", defaultValue = "0")
  private int maxAllowedViolations;

  /** Patterns (relative to the module) of the files to lint; all by default. */
  @Parameter(property = "lambdalint.includes")
  private List<String> includes = new ArrayList<>();

  /** Patterns (relative to the module) of the files not to lint. */
  @Parameter(property = "lambdalint.excludes")
  private List<String> excludes = new ArrayList<>();

  /**
   * Templates to lint with the module (relative to it); by default every template in the module's
   * folder or above it, up to the repository root, with a function whose {@code CodeUri} (or
   * {@code Code}) points into the module — so {@code sam init}'s layout, with the template above
   * the function's pom, needs no configuration.
   */
  @Parameter(property = "lambdalint.templates")
  private List<File> templates = new ArrayList<>();

  /** The configuration file; by default the nearest {@code .lambdalint.yml} above the module. */
  @Parameter(property = "lambdalint.configFile")
  private File configFile;

  /**
   * Where the SARIF report is written: by default one file for the whole build, in the folder
   * Maven was started in, holding every module's findings once (upload it as one file).
   */
  @Parameter(property = "lambdalint.sarifOutput", defaultValue = "${session.executionRootDirectory}/target/lambdalint.sarif")
  private File sarifOutput;

  /**
   * Where the HTML report is written, beside the SARIF, when set (default: not written): one
   * self-contained page with the findings, their source lines, filters and rule help, to open in a
   * browser or keep as a CI artifact. Like the SARIF, one file holds every module of the build that
   * writes to it, and it is written before the build fails on its findings.
   */
  @Parameter(property = "lambdalint.htmlOutput")
  private File htmlOutput;

  /** Logs each finding. */
  @Parameter(property = "lambdalint.printFindings", defaultValue = "true")
  private boolean printFindings;

  /**
   * The build's warning budget for deployment packages, in percent of a Lambda size limit (1-100;
   * default: the package-size rule's option in the configuration file, else 80). Passed to the run
   * as a build fact, so it wins over the configuration file.
   */
  @Parameter(property = "lambdalint.packageBudgetPercent")
  private Integer packageBudgetPercent;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("lambdalint: skipped (lambdalint.skip).");
      return;
    }
    Severity threshold = threshold();
    Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
    Path root = repositoryRoot(basedir);
    Linter linter = Linter.withInstalledRules();
    ReactorFindings build = ReactorFindings.of(session);

    Report report;
    RunPolicy policy;
    ModuleScope scope;
    try {
      scope = ModuleScope.of(project, templates, root);
      LintConfig fileConfig = RunPolicy.loadConfig(configFile == null ? null : configFile.toPath(), false, basedir,
          linter.rules());
      policy = RunPolicy.of(fileConfig, new RunPolicy.Options(threshold,
          baseline == null ? null : baseline.toPath(), rules, skipRules, asOfDate()), linter.rules());
      LintConfig config = policy.config().withPatterns(basedir, includes, scope.excludes(excludes));
      LintRequest request = new LintRequest(scope.paths(), root, config, LintRequest.Context.EXACT, buildFacts(basedir));
      report = linter.run(htmlOutput != null ? request.drawingGraph() : request); // the HTML report draws the system
      if (policy.baseline().isPresent()) {
        Baseline.Applied applied = policy.applyBaseline(report, SourceFile.of(policy.baseline().get(), root).path());
        report = applied.report();
        // Entries of other modules match nothing here, so stale entries are not worth a word per module.
      }
    } catch (ConfigException e) {
      throw new MojoFailureException("lambdalint: " + e.getMessage(), e);
    } catch (LintException e) {
      throw new MojoExecutionException("lambdalint: " + e.getMessage(), e);
    }
    if (report.templateCount() == 0 && report.javaFileCount() > 0) {
      getLog().info("lambdalint: no template describes this module: looked in " + scope.searchedDescription(root)
          + " for one whose CodeUri points into it; its handlers are linted without a template"
          + " (name one with <templates> or -Dlambdalint.templates).");
    }

    // In a reactor, a template several modules read is reported by the first of them only.
    Report module = build.claim(report);
    Path sarif = sarifOutput.toPath().toAbsolutePath().normalize();
    writeReport(build.addToReport(sarif, module), sarif, "sarif");
    if (htmlOutput != null) {
      Path html = htmlOutput.toPath().toAbsolutePath().normalize();
      writeReport(build.addToReport(html, module), html, "html");
      getLog().info("lambdalint: HTML report written to " + SourceFile.of(html, root).path());
    }
    if (printFindings) FindingLog.print(getLog(), module);
    long failing = policy.failing(module);
    getLog().info(FindingLog.summary(module, SourceFile.of(sarif, root).path()));
    if (failOnViolation && failing > maxAllowedViolations) {
      throw new MojoFailureException("lambdalint found " + failing + " finding" + (failing == 1 ? "" : "s")
          + " at or above " + policy.failOn().label()
          + (maxAllowedViolations > 0 ? " (" + maxAllowedViolations + " allowed)" : "")
          + "; see the log above and the SARIF report " + sarif);
    }
  }

  /** The parameter's severity, or null to let the configuration file and the default decide. */
  private Severity threshold() throws MojoExecutionException {
    if (failOnSeverity == null || failOnSeverity.isBlank()) return null;
    try {
      return Severity.parse(failOnSeverity);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("lambdalint: failOnSeverity must be error, warning or note, not '"
          + failOnSeverity + "'");
    }
  }

  private LocalDate asOfDate() throws MojoExecutionException {
    if (asOf == null || asOf.isBlank()) return null;
    try {
      return RunPolicy.parseDate(asOf);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("lambdalint: asOf must be a date of the form YYYY-MM-DD, not '" + asOf + "'");
    }
  }

  /**
   * Output paths are relative to the repository's top folder (the one holding {@code .git}), else
   * to the reactor's: where GitHub and the CLI see them, and where the templates are looked for.
   */
  private Path repositoryRoot(Path basedir) {
    Optional<Path> repository = ProjectLayout.repositoryRoot(basedir);
    if (repository.isPresent()) return repository.get();
    File top = session.getRequest().getMultiModuleProjectDirectory();
    if (top == null && session.getTopLevelProject() != null) top = session.getTopLevelProject().getBasedir();
    Path root = top == null ? basedir : top.toPath().toAbsolutePath().normalize();
    return basedir.startsWith(root) ? root : basedir;
  }

  /**
   * What the build knows: the artifact this module packaged — the main artifact, or the largest
   * attached jar (a shaded one) — which a template's CodeUri pointing at the module deploys, and
   * the package budget when the build sets one.
   */
  private BuildFacts buildFacts(Path basedir) {
    BuildFacts facts = BuildFacts.NONE;
    Optional<Path> jar = packagedJar();
    if (jar.isPresent()) facts = facts.withPackagedArtifact(basedir, jar.get());
    if (packageBudgetPercent != null) facts = facts.withPackageBudgetPercent(packageBudgetPercent);
    return facts;
  }

  private Optional<Path> packagedJar() {
    List<File> candidates = new ArrayList<>();
    if (project.getArtifact() != null && project.getArtifact().getFile() != null) candidates.add(project.getArtifact().getFile());
    project.getAttachedArtifacts().forEach(a -> {
      if (a.getFile() != null && "jar".equals(a.getType())) candidates.add(a.getFile());
    });
    return candidates.stream().filter(File::isFile).filter(f -> f.getName().endsWith(".jar"))
        .max(java.util.Comparator.comparingLong(File::length)).map(File::toPath);
  }

  /** Written to a temporary file and moved into place: an interrupted build never leaves half a report. */
  private void writeReport(Report report, Path target, String format) throws MojoExecutionException {
    try {
      AtomicOutput.write(target, out -> Reporters.forFormat(format).write(report, out));
    } catch (IOException e) {
      throw new MojoExecutionException("lambdalint: cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
