package dev.lambdalint.core.engine;

import dev.lambdalint.core.config.ConfigException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What a build tool knows about the project that its files do not say, handed to the run by the
 * front end that drives the build (the Maven plugin) and read by rules through
 * {@link LintContext#build()}. Facts, never rule settings: a front end states what it built and
 * which budget its user set, and the rules that care read it; no front end names a rule.
 *
 * @param packagedArtifacts module folder (absolute, normalized) to the artifact the build packaged
 *     for it (a jar), which a function whose {@code CodeUri} names that folder deploys
 * @param packageBudgetPercent the build's warning budget for deployment packages, in percent of
 *     Lambda's size limits (1–100); when present it overrides the configuration file's
 */
public record BuildFacts(Map<Path, Path> packagedArtifacts, OptionalInt packageBudgetPercent) {
  /** No build: the CLI, pre-commit, tests. */
  public static final BuildFacts NONE = new BuildFacts(Map.of(), OptionalInt.empty());

  public BuildFacts {
    Map<Path, Path> normalized = new TreeMap<>();
    packagedArtifacts.forEach((folder, artifact) -> normalized.put(normal(folder), normal(artifact)));
    packagedArtifacts = Map.copyOf(normalized);
    if (packageBudgetPercent.isPresent()) {
      int percent = packageBudgetPercent.getAsInt();
      if (percent < 1 || percent > 100) {
        throw new ConfigException("the package budget must be a whole number of percent from 1 to 100, not " + percent);
      }
    }
  }

  /** These facts and the artifact packaged for {@code moduleFolder}. */
  public BuildFacts withPackagedArtifact(Path moduleFolder, Path artifact) {
    Map<Path, Path> artifacts = new TreeMap<>(packagedArtifacts);
    artifacts.put(normal(moduleFolder), normal(artifact));
    return new BuildFacts(artifacts, packageBudgetPercent);
  }

  /**
   * These facts and the build's package budget.
   *
   * @throws ConfigException when {@code percent} is not from 1 to 100
   */
  public BuildFacts withPackageBudgetPercent(int percent) {
    return new BuildFacts(packagedArtifacts, OptionalInt.of(percent));
  }

  /** The artifact the build packaged for a code folder, when it says. */
  public Optional<Path> packagedArtifact(Path codeFolder) {
    return Optional.ofNullable(packagedArtifacts.get(normal(codeFolder)));
  }

  private static Path normal(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
