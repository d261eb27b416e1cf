package dev.lambdalint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.project.MavenProject;

/**
 * What one module lints: its own folder (without its child modules, which lint themselves) and
 * the templates that describe it — given, or by default {@code template.yaml/.yml/.json} in the
 * module and in its parent folder when that is still inside the reactor.
 */
record ModuleScope(List<Path> paths, List<String> childModules) {
  static final List<String> DEFAULT_TEMPLATE_NAMES = List.of("template.yaml", "template.yml", "template.json");

  static ModuleScope of(MavenProject project, List<File> templates) {
    Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
    Set<Path> paths = new LinkedHashSet<>();
    paths.add(basedir);
    if (templates != null && !templates.isEmpty()) {
      for (File t : templates) paths.add(basedir.resolve(t.toPath()).normalize());
    } else {
      Path parent = basedir.getParent();
      boolean parentInReactor = project.getParent() != null && project.getParent().getBasedir() != null
          && project.getParent().getBasedir().toPath().toAbsolutePath().normalize().equals(parent);
      for (String name : DEFAULT_TEMPLATE_NAMES) {
        if (parentInReactor && Files.isRegularFile(parent.resolve(name))) paths.add(parent.resolve(name));
      }
    }
    List<String> children = new ArrayList<>();
    for (String module : project.getModules()) {
      Path dir = basedir.resolve(module).normalize();
      if (dir.startsWith(basedir) && !dir.equals(basedir)) {
        children.add(basedir.relativize(dir).toString().replace('\\', '/'));
      }
    }
    return new ModuleScope(List.copyOf(paths), List.copyOf(children));
  }

  /** The user's exclude patterns and the child modules' folders. */
  List<String> excludes(List<String> userExcludes) {
    List<String> all = new ArrayList<>(userExcludes == null ? List.of() : userExcludes);
    for (String child : childModules) all.add(child + "/**");
    return all;
  }
}
