package dev.lambdalint.core.engine;

import dev.lambdalint.core.config.LintConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to lint: files and directories, and the root that output paths are relative to (the
 * working directory for the CLI, the project base directory for the Maven plugin), with the
 * user's configuration (rules on/off, severities, options, include/exclude patterns).
 *
 * <p>A directory is linted whole. A file given by itself (as pre-commit passes changed files) is
 * linted with its context — the nearest folder above it holding a {@code template.yaml/.yml/.json},
 * so a handler still meets its template — but findings are reported only for the given files and,
 * for a Java file, the template found for it.
 *
 * <p>{@code build} holds what a build tool knows that the files do not say (the artifact it
 * packaged per module); {@link BuildFacts#NONE} for front ends that drive no build.
 *
 * <p>{@code drawGraph} asks the run to attach the system's graph to its report
 * ({@link Report#graph()}), drawn from the documents and model the run built anyway.
 */
public record LintRequest(List<Path> paths, Path root, LintConfig config, Context context, BuildFacts build,
    boolean drawGraph) {

  /** Whether files given one by one are read with their context. */
  public enum Context {
    /** A Java file, pom or template given alone is read with the templates and code around it. */
    FILES_WITH_CONTEXT,
    /** The paths are exactly what is read and reported (a front end that found the context itself). */
    EXACT
  }

  public LintRequest {
    paths = List.copyOf(paths);
    root = root.toAbsolutePath().normalize();
    config = Objects.requireNonNullElse(config, LintConfig.defaults());
    context = Objects.requireNonNullElse(context, Context.FILES_WITH_CONTEXT);
    build = Objects.requireNonNullElse(build, BuildFacts.NONE);
  }

  public LintRequest(List<Path> paths, Path root, LintConfig config, Context context, BuildFacts build) {
    this(paths, root, config, context, build, false);
  }

  public LintRequest(List<Path> paths, Path root, LintConfig config, Context context) {
    this(paths, root, config, context, BuildFacts.NONE);
  }

  public LintRequest(List<Path> paths, Path root, LintConfig config) {
    this(paths, root, config, Context.FILES_WITH_CONTEXT);
  }

  /** A request with the default configuration. */
  public LintRequest(List<Path> paths, Path root) {
    this(paths, root, LintConfig.defaults());
  }

  public static LintRequest of(Path root, Path... paths) {
    return new LintRequest(List.of(paths), root);
  }

  public LintRequest withConfig(LintConfig value) {
    return new LintRequest(paths, root, value, context, build, drawGraph);
  }

  public LintRequest withBuild(BuildFacts value) {
    return new LintRequest(paths, root, config, context, value, drawGraph);
  }

  /** The same request, asking the run to attach the system's graph to its report. */
  public LintRequest drawingGraph() {
    return new LintRequest(paths, root, config, context, build, true);
  }
}
