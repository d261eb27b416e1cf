package dev.lambdalint.core.engine;

import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a run reads and what it reports. A directory is read and reported whole. A file given by
 * itself — pre-commit passes only changed files — is read with its context so joins between
 * template and code keep working: a Java file with the nearest folder above it that holds a
 * {@code template.yaml}/{@code .yml}/{@code .json} (and that template is reported too); a
 * template with its own folder (whose Java is read for the joins, but only the template is
 * reported). Findings in the context's other files are not reported.
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
    Set<Path> walk = new LinkedHashSet<>();
    List<Path> directories = new ArrayList<>();
    Set<Path> files = new LinkedHashSet<>();
    for (Path given : paths) {
      walk.add(given);
      Path path = given.toAbsolutePath().normalize();
      if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        directories.add(path);
        continue;
      }
      files.add(path);
      Path parent = path.getParent();
      if (parent == null) continue;
      if (isTemplateCandidate(path)) {
        // Its code is read for the joins; a YAML file that is no template (a workflow,
        // .lambdalint.yml) needs no context, and reading a whole folder for it would be slow.
        if (mentionsAws(path)) walk.add(parent);
      } else if (path.getFileName().toString().endsWith(".java")) {
        Path home = templateHome(parent);
        if (home != null) {
          walk.add(home);
          for (String name : TEMPLATE_NAMES) {
            Path template = home.resolve(name);
            if (Files.isRegularFile(template, LinkOption.NOFOLLOW_LINKS)) files.add(template);
          }
        }
      }
    }
    return new ScanScope(new ArrayList<>(walk), directories, files);
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

  /** A cheap look before any parsing: templates name AWS resource types or the format version. */
  private static boolean mentionsAws(Path file) {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(1 << 20), java.nio.charset.StandardCharsets.UTF_8);
      return head.contains("AWS::") || head.contains("AWSTemplateFormatVersion");
    } catch (java.io.IOException e) {
      return false; // the walk reports it as unreadable
    }
  }

  private static boolean isTemplateCandidate(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || name.endsWith(".template");
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
        found.templates().stream().filter(config::isIncluded).toList(),
        found.javaSources().stream().filter(config::isIncluded).toList(),
        found.unreadable().stream().filter(u -> config.isIncluded(u.path())).toList());
  }
}
