package dev.lambdalint.maven;

import dev.lambdalint.core.config.ConfigException;
import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.config.RuleOptions;
import dev.lambdalint.core.engine.LintException;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.report.Reporters;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * writes them as SARIF, and fails the build when findings at or above {@code failOnSeverity}
 * remain. Bound to {@code verify}, so the packaged artifact exists and LL401 measures it.
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

  /** The least severe finding that fails the build: {@code error}, {@code warning} or {@code note}. */
  @Parameter(property = "lambdalint.failOnSeverity", defaultValue = "error")
  private String failOnSeverity;

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
   * Templates to lint with the module; by default {@code template.yaml}, {@code template.yml}
   * and {@code template.json} in the module and in its parent folder (a SAM project's template
   * usually sits above its function modules).
   */
  @Parameter(property = "lambdalint.templates")
  private List<File> templates = new ArrayList<>();

  /** The configuration file; by default the nearest {@code .lambdalint.yml} above the module. */
  @Parameter(property = "lambdalint.configFile")
  private File configFile;

  /** Where the SARIF report is written. */
  @Parameter(property = "lambdalint.sarifOutput", defaultValue = "${project.build.directory}/lambdalint.sarif")
  private File sarifOutput;

  /** Logs each finding. */
  @Parameter(property = "lambdalint.printFindings", defaultValue = "true")
  private boolean printFindings;

  /** LL401's warning budget, in percent of a Lambda size limit (default 80, or the configuration file's). */
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
    Path root = reactorRoot(basedir);
    Linter linter = Linter.withInstalledRules();

    Report report;
    try {
      ModuleScope scope = ModuleScope.of(project, templates);
      LintConfig config = config(linter, basedir).withPatterns(basedir, includes, scope.excludes(excludes));
      config = withPackagedArtifact(config, basedir);
      report = linter.run(new LintRequest(scope.paths(), root, config));
    } catch (ConfigException e) {
      throw new MojoFailureException("lambdalint: " + e.getMessage(), e);
    } catch (LintException e) {
      throw new MojoExecutionException("lambdalint: " + e.getMessage(), e);
    }

    // In a reactor, a template several modules read is reported by the first of them only.
    List<Finding> ours = ReactorFindings.of(session).claim(report.findings());
    Report module = report.withFindings(ours, report.suppressed());
    writeSarif(module);
    if (printFindings) FindingLog.print(getLog(), module);
    long failing = ours.stream().filter(f -> f.severity().atLeast(threshold)).count();
    getLog().info(FindingLog.summary(module, root.relativize(sarifOutput.toPath().toAbsolutePath()).toString()));
    if (failOnViolation && failing > maxAllowedViolations) {
      throw new MojoFailureException("lambdalint found " + failing + " finding" + (failing == 1 ? "" : "s")
          + " at or above " + threshold.name().toLowerCase(java.util.Locale.ROOT)
          + (maxAllowedViolations > 0 ? " (" + maxAllowedViolations + " allowed)" : "")
          + "; see the log above and the SARIF report " + sarifOutput);
    }
  }

  private Severity threshold() throws MojoExecutionException {
    try {
      return Severity.parse(failOnSeverity);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("lambdalint: failOnSeverity must be error, warning or note, not '"
          + failOnSeverity + "'");
    }
  }

  /** Output paths are relative to the reactor's top folder: where the repository (and GitHub) sees them. */
  private Path reactorRoot(Path basedir) {
    File top = session.getRequest().getMultiModuleProjectDirectory();
    if (top == null && session.getTopLevelProject() != null) top = session.getTopLevelProject().getBasedir();
    Path root = top == null ? basedir : top.toPath().toAbsolutePath().normalize();
    return basedir.startsWith(root) ? root : basedir;
  }

  private LintConfig config(Linter linter, Path basedir) {
    if (configFile != null) {
      if (!configFile.isFile()) throw new ConfigException(configFile + ": configuration file not found");
      return LintConfig.load(configFile.toPath(), linter.rules());
    }
    return LintConfig.find(basedir).map(f -> LintConfig.load(f, linter.rules())).orElse(LintConfig.defaults());
  }

  /**
   * LL401 measures what this module packaged — the main artifact, or the largest attached jar
   * (a shaded one) — when a template's CodeUri points at the module.
   */
  private LintConfig withPackagedArtifact(LintConfig config, Path basedir) {
    Map<String, Object> options = new LinkedHashMap<>(config.options("LL401").asMap());
    packagedJar().ifPresent(jar -> options.put("packagedArtifacts", Map.of(basedir.toString(), jar.toString())));
    if (packageBudgetPercent != null) options.put("budgetPercent", packageBudgetPercent);
    if (options.isEmpty()) return config;
    LintConfig.RuleSettings current = config.rules().get("LL401");
    return config.withRule("LL401", new LintConfig.RuleSettings(
        current == null ? null : current.enabled(), current == null ? null : current.severity(),
        RuleOptions.of("LL401", options)));
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
  private void writeSarif(Report report) throws MojoExecutionException {
    Path target = sarifOutput.toPath().toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".lambdalint", ".sarif.tmp");
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        Reporters.forFormat("sarif").write(report, out);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new MojoExecutionException("lambdalint: cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
