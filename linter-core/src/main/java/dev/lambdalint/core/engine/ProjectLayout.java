package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.parse.LoadResult;
import dev.lambdalint.core.parse.TemplateLoader;
import dev.lambdalint.core.template.CodeLocation;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How real projects lay out templates and code, so that a module or a single file meets the
 * template that describes it. SAM's {@code sam init} puts {@code template.yaml} at the repository
 * root and each function's {@code pom.xml} in its {@code CodeUri} folder; a multi-module build puts
 * it beside the reactor's parent pom; a small project puts it beside the pom.
 *
 * <p>The templates of a folder are found by walking up from it to the repository root and keeping
 * every template in those folders (any YAML/JSON file that is a CloudFormation or SAM template, not
 * only {@code template.yaml}) with a function whose local code ({@code CodeUri}, {@code Code}) lies
 * in that folder or below it.
 */
public final class ProjectLayout {
  /** Markers of a repository's top folder ({@code .git} is a folder, or a file in a worktree). */
  private static final List<String> REPOSITORY_MARKERS = List.of(".git", ".hg", ".svn");

  private ProjectLayout() {}

  /** The templates describing a folder, and the folders looked in for them (nearest first). */
  public record Discovery(List<Path> templates, List<Path> searched) {
    public Discovery {
      templates = List.copyOf(templates);
      searched = List.copyOf(searched);
    }
  }

  /**
   * The repository's top folder above (or at) {@code start}: the nearest folder holding
   * {@code .git} (or {@code .hg}, {@code .svn}); empty when there is none.
   */
  public static Optional<Path> repositoryRoot(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) dir = dir.getParent();
    for (; dir != null; dir = dir.getParent()) {
      for (String marker : REPOSITORY_MARKERS) {
        if (Files.exists(dir.resolve(marker), LinkOption.NOFOLLOW_LINKS)) return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /**
   * The templates, in {@code module} or the folders above it up to {@code top} (inclusive; when
   * {@code top} is not above {@code module}, only the module's own folder), with a function whose
   * local code is in {@code module} or below it.
   */
  public static Discovery templatesFor(Path module, Path top) {
    return templatesFor(module, top, null);
  }

  /**
   * {@link #templatesFor(Path, Path)}, leaving out (unparsed) the candidates under
   * {@code alreadyRead}: a folder the run reads whole anyway, whose templates need no second parse.
   */
  static Discovery templatesFor(Path module, Path top, Path alreadyRead) {
    Path skip = alreadyRead == null ? null : alreadyRead.toAbsolutePath().normalize();
    Path home = module.toAbsolutePath().normalize();
    Path stop = top.toAbsolutePath().normalize();
    if (!home.startsWith(stop)) stop = home;
    List<Path> searched = new ArrayList<>();
    List<Path> found = new ArrayList<>();
    for (Path dir = home; dir != null && dir.startsWith(stop); dir = dir.getParent()) {
      searched.add(dir);
      for (Path candidate : templateCandidates(dir)) {
        if ((skip == null || !candidate.startsWith(skip)) && describes(candidate, home)) found.add(candidate);
      }
    }
    return new Discovery(found, searched);
  }

  /**
   * The module a single file belongs to: the nearest folder at or above it with a build file
   * ({@code pom.xml}, {@code build.gradle}, {@code build.gradle.kts}), up to {@code top}; else the
   * file's own folder.
   */
  public static Path moduleOf(Path file, Path top) {
    Path start = file.toAbsolutePath().normalize();
    Path folder = Files.isDirectory(start) ? start : start.getParent();
    Path stop = top.toAbsolutePath().normalize();
    for (Path dir = folder; dir != null && dir.startsWith(stop); dir = dir.getParent()) {
      for (String build : List.of("pom.xml", "build.gradle", "build.gradle.kts")) {
        if (Files.isRegularFile(dir.resolve(build), LinkOption.NOFOLLOW_LINKS)) return dir;
      }
    }
    return folder;
  }

  /** The files of one folder (not its subfolders) that may be templates, sorted. */
  private static List<Path> templateCandidates(Path dir) {
    TreeSet<Path> candidates = new TreeSet<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, TemplateLoader::isCandidate)) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) candidates.add(entry);
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return List.of(); // an unreadable folder holds no template we could use
    }
    return List.copyOf(candidates);
  }

  /** True when {@code candidate} is a template with a function whose local code is in {@code module}. */
  private static boolean describes(Path candidate, Path module) {
    Optional<Template> template = load(candidate);
    if (template.isEmpty()) return false;
    for (Function function : template.get().functions()) {
      CodeLocation code = function.code();
      if (code.kind() != CodeLocation.Kind.LOCAL || code.localPath().isEmpty()) continue;
      if (code.localPath().get().toAbsolutePath().normalize().startsWith(module)) return true;
    }
    return false;
  }

  private static final TemplateLoader LOADER = new TemplateLoader();

  /** The template in {@code file}, read within the loader's size limit; empty for anything else. */
  private static Optional<Template> load(Path file) {
    try {
      if (Files.size(file) > LOADER.limits().maxBytes()) return Optional.empty();
      SourceFile source = SourceFile.of(file, file.getParent());
      if (LOADER.load(source, Files.readAllBytes(file)) instanceof LoadResult.Loaded loaded) {
        return Optional.of(Template.of(source, loaded.root()));
      }
    } catch (IOException | RuntimeException e) {
      // Not readable or not a template here; the run itself reports a broken template it reads.
    }
    return Optional.empty();
  }
}
