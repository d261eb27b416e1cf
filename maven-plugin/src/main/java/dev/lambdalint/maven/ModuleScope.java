package dev.lambdalint.maven;

import dev.lambdalint.core.engine.ProjectLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.project.MavenProject;

/**
 * What one module lints: its own folder (without its child modules, which lint themselves) and
 * the templates that describe it — given, or found by {@link ProjectLayout#templatesFor}: in the
 * module or a folder above it up to the repository root, with a function whose code is in the
 * module.
 *
 * @param searched the folders looked in for templates, nearest first (empty when they were given)
 */
record ModuleScope(List<Path> paths, List<String> childModules, List<Path> searched) {

  static ModuleScope of(MavenProject project, List<File> templates, Path repositoryRoot) {
    Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
    Set<Path> paths = new LinkedHashSet<>();
    paths.add(basedir);
    List<Path> searched = List.of();
    if (templates != null && !templates.isEmpty()) {
      for (File t : templates) paths.add(basedir.resolve(t.toPath()).normalize());
    } else {
      ProjectLayout.Discovery discovery = ProjectLayout.templatesFor(basedir, repositoryRoot);
      paths.addAll(discovery.templates());
      searched = discovery.searched();
    }
    List<String> children = new ArrayList<>();
    for (String module : project.getModules()) {
      Path dir = basedir.resolve(module).normalize();
      if (dir.startsWith(basedir) && !dir.equals(basedir)) {
        children.add(basedir.relativize(dir).toString().replace('\\', '/'));
      }
    }
    return new ModuleScope(List.copyOf(paths), List.copyOf(children), List.copyOf(searched));
  }

  /** The user's exclude patterns and the child modules' folders. */
  List<String> excludes(List<String> userExcludes) {
    List<String> all = new ArrayList<>(userExcludes == null ? List.of() : userExcludes);
    for (String child : childModules) all.add(child + "/**");
    return all;
  }

  /** The folders looked in, as the repository names them ({@code .} for its root). */
  String searchedDescription(Path root) {
    if (searched.isEmpty()) return "the given templates";
    return searched.stream().map(d -> d.equals(root) ? "." : d.startsWith(root) ? root.relativize(d).toString() : d.toString())
        .collect(Collectors.joining(", "));
  }
}
