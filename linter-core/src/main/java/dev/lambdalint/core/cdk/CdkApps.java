package dev.lambdalint.core.cdk;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a CDK app's Java source is, seen from its synth output: {@code cdk.out} is written in the
 * folder {@code cdk synth} runs in, beside {@code cdk.json} and the app's {@code pom.xml}; the
 * constructs are under its {@code src/main/java}. A run given only {@code cdk.out} reads them too,
 * to put its findings on the source.
 */
public final class CdkApps {
  /** The folder a CDK synth writes its cloud assembly to, by default. */
  public static final String CLOUD_ASSEMBLY = "cdk.out";

  private CdkApps() {}

  /**
   * The source folder of the CDK app in {@code folder} itself (a folder holding {@code cdk.json}):
   * its {@code src/main/java}, else the folder. Empty for any other folder.
   */
  public static Optional<Path> sourcesOfApp(Path folder) {
    Path app = folder.toAbsolutePath().normalize();
    if (!Files.isRegularFile(app.resolve("cdk.json"), LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
    Path sources = app.resolve("src").resolve("main").resolve("java");
    return Optional.of(Files.isDirectory(sources, LinkOption.NOFOLLOW_LINKS) ? sources : app);
  }

  /**
   * The source folder of the app whose cloud assembly holds {@code fileOrFolder} ({@code cdk.out}
   * itself or anything in it): its {@code src/main/java}, else the app's folder when it has a
   * {@code cdk.json}. Empty outside a cloud assembly.
   */
  public static Optional<Path> sourcesOf(Path fileOrFolder) {
    for (Path p = fileOrFolder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (p.getFileName() != null && p.getFileName().toString().equals(CLOUD_ASSEMBLY)) {
        Path app = p.getParent();
        if (app == null) return Optional.empty();
        Path sources = app.resolve("src").resolve("main").resolve("java");
        if (Files.isDirectory(sources, LinkOption.NOFOLLOW_LINKS)) return Optional.of(sources);
        return Files.isRegularFile(app.resolve("cdk.json"), LinkOption.NOFOLLOW_LINKS) ? Optional.of(app) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
