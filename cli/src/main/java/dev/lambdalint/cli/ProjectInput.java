package dev.lambdalint.cli;

import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.ProjectLayout;
import dev.lambdalint.core.engine.RunPolicy;
import dev.lambdalint.core.report.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What every command that reads a project does with its {@code PATH...} and configuration options,
 * the same way for {@code check} and {@code graph}: paths resolved against the working directory
 * (the directory itself when none is given), checked to exist, the configuration found from the
 * first path upwards, and report paths relative to the repository root.
 */
final class ProjectInput {
  private ProjectInput() {}

  /** The paths to read, resolved against {@code root}: {@code root} itself when none is given. */
  private static List<Path> targets(Path root, List<Path> paths) {
    return paths.isEmpty() ? List.of(root) : paths.stream().map(root::resolve).toList();
  }

  /** The first given path that does not exist, as the user wrote it. */
  private static Optional<Path> missing(Path root, List<Path> paths) {
    return paths.stream().filter(p -> !Files.exists(root.resolve(p), LinkOption.NOFOLLOW_LINKS)).findFirst();
  }

  /**
   * The paths to read, after the checks every such command makes first: {@code --config} with
   * {@code --no-config} is a usage error (thrown, picocli's exit 2); a path that does not exist is
   * said on {@code err} and gives none (the command exits 2).
   */
  static Optional<List<Path>> checkedTargets(CommandSpec spec, Path root, List<Path> paths, Path config,
      boolean noConfig, PrintWriter err) {
    if (noConfig && config != null) {
      throw new ParameterException(spec.commandLine(), "--config and --no-config cannot be used together");
    }
    Optional<Path> missing = missing(root, paths);
    if (missing.isPresent()) {
      say(err, "lambdalint: path does not exist: " + missing.get());
      return Optional.empty();
    }
    return Optional.of(targets(root, paths));
  }

  /** One line to standard error; paths and names in it are the user's, so control characters are escaped. */
  static void say(PrintWriter err, String line) {
    err.println(TerminalText.escape(line));
  }

  /** The configuration: {@code --config}, else the nearest {@code .lambdalint.yml} from the first target up; none with {@code --no-config}. */
  static LintConfig config(Path root, Path config, boolean noConfig, List<Path> targets, Linter linter) {
    return RunPolicy.loadConfig(config == null ? null : root.resolve(config), noConfig, targets.get(0), linter.rules());
  }

  /**
   * Paths in every report are relative to the repository's top folder (the one holding
   * {@code .git}) when lambdalint runs inside one, so that SARIF, GitHub annotations, GitLab and
   * the baseline name files as the repository does wherever the run starts; else to the working
   * directory.
   */
  static Path reportRoot(Path root) {
    return ProjectLayout.repositoryRoot(root).orElse(root);
  }
}
