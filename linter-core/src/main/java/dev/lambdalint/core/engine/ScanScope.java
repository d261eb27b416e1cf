package dev.lambdalint.core.engine;

import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a run reads and what it reports. A directory is read and reported whole. A file given by
 * itself — pre-commit passes only changed files — is read with the context its front end asks for
 * ({@link FrontEnd#givenAlone}) so joins between template and code keep working: a Java file or a
 * {@code pom.xml} with the templates describing its module ({@link ProjectLayout#templatesFor};
 * failing that, the nearest folder above it holding a {@code template.yaml}/{@code .yml}/{@code
 * .json}), whose folders are read; a Java file's templates are reported too, a pom's are not. A
 * template is read with its own folder (whose Java is read for the joins, but only the template is
 * reported); a CDK app's {@code cdk.out}, or a template in it, with the app's Java source, where
 * its findings are moved to and reported. Findings in the context's other files are not reported.
 *
 * <p>With {@link LintRequest.Context#EXACT} (the Maven plugin, which finds a module's templates
 * itself) the paths are read and reported as given; the only context added is what a front end says
 * a folder needs ({@link FrontEnd#folderContext}: the handler modules a CDK app's assets name), read
 * for the joins and not reported.
 */
final class ScanScope {
  static final List<String> TEMPLATE_NAMES = List.of("template.yaml", "template.yml", "template.json");

  private final List<Path> walk;
  private final List<Path> reportedDirectories;
  private final Set<Path> reportedFiles;

  private ScanScope(List<Path> walk, List<Path> reportedDirectories, Set<Path> reportedFiles) {
    this.walk = List.copyOf(walk);
    this.reportedDirectories = List.copyOf(reportedDirectories);
    this.reportedFiles = Set.copyOf(reportedFiles);
  }

  static ScanScope of(List<Path> paths) {
    return of(paths, LintRequest.Context.FILES_WITH_CONTEXT, FrontEnds.installed());
  }

  static ScanScope of(List<Path> paths, LintRequest.Context context, FrontEnds frontEnds) {
    Set<Path> walk = new LinkedHashSet<>();
    List<Path> directories = new ArrayList<>();
    Set<Path> files = new LinkedHashSet<>();
    for (Path given : paths) {
      walk.add(given);
      Path path = given.toAbsolutePath().normalize();
      if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        directories.add(path);
        if (context == LintRequest.Context.FILES_WITH_CONTEXT) {
          // A module's folder (a sam init function's CodeUri) meets the template above it, read
          // and reported with it; templates inside the folder are read anyway.
          for (Path template : describingTemplates(path, path)) {
            walk.add(template);
            files.add(template);
          }
        }
        // What a front end says a folder needs read with it, also for the Maven plugin: a CDK app's
        // cdk.out, its source and code, where its findings are shown and its handlers are.
        for (FrontEnd<?> frontEnd : frontEnds.all()) walk.addAll(frontEnd.folderContext(path));
        continue;
      }
      files.add(path);
      if (path.getParent() == null || context == LintRequest.Context.EXACT) continue;
      // What its front end says the file needs read with it (its template's folder, the code of a template).
      Optional<FrontEnd<?>> frontEnd = frontEnds.claiming(new Candidate(path, path));
      if (frontEnd.isEmpty()) continue;
      FrontEnd.GivenAlone needs = frontEnd.get().givenAlone(path, ScanScope::templatesOf);
      walk.addAll(needs.read());
      files.addAll(needs.reported());
    }
    return new ScanScope(new ArrayList<>(walk), directories, files);
  }

  /**
   * The templates describing the module of a Java file or pom: those whose functions' code is in
   * it, in its folder or above up to the repository root; else the {@code template.*} of the
   * nearest folder above holding one (a template whose CodeUri is not local still meets its code).
   */
  private static List<Path> templatesOf(Path file) {
    List<Path> described = describingTemplates(file, null);
    if (!described.isEmpty()) return described;
    Path home = templateHome(file.getParent());
    List<Path> nearest = new ArrayList<>();
    if (home != null) {
      for (String name : TEMPLATE_NAMES) {
        Path template = home.resolve(name);
        if (Files.isRegularFile(template, LinkOption.NOFOLLOW_LINKS)) nearest.add(template);
      }
    }
    return nearest;
  }

  /**
   * The templates describing the module of a file or folder, looked for up to the repository
   * root; outside a repository, in the module's own folder only. Those under {@code alreadyRead}
   * (a folder read whole) are neither parsed nor returned.
   */
  private static List<Path> describingTemplates(Path fileOrFolder, Path alreadyRead) {
    Optional<Path> repository = ProjectLayout.repositoryRoot(fileOrFolder);
    Path module = ProjectLayout.moduleOf(fileOrFolder, repository.orElse(fileOrFolder.getRoot()));
    return ProjectLayout.templatesFor(module, repository.orElse(module), alreadyRead).templates();
  }

  /** The nearest folder at or above {@code dir} holding a template, up to the repository root. */
  private static Path templateHome(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      for (String name : TEMPLATE_NAMES) {
        if (Files.isRegularFile(d.resolve(name), LinkOption.NOFOLLOW_LINKS)) return d;
      }
      if (Files.exists(d.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) return null;
    }
    return null;
  }

  /** The paths to walk: what was given, then the context found for given files. */
  List<Path> walkPaths() {
    return walk;
  }

  /** True when findings in {@code file} are reported. */
  boolean isReported(SourceFile file) {
    Path abs = file.absolutePath();
    if (reportedFiles.contains(abs)) return true;
    for (Path dir : reportedDirectories) {
      if (abs.startsWith(dir)) return true;
    }
    return false;
  }

  /** The discovered files the configuration's include/exclude patterns let through. */
  static FileDiscovery.Found filter(FileDiscovery.Found found, LintConfig config) {
    return new FileDiscovery.Found(
        found.files().stream().filter(f -> config.isIncluded(f.path())).toList(),
        found.unreadable().stream().filter(u -> config.isIncluded(u.path())).toList());
  }
}
