package dev.lambdalint.rules.handler;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.maven.MavenPom;
import dev.lambdalint.core.maven.PomBuild;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Handler code carries a Powertools for AWS Lambda (Java) annotation ({@code @Logging},
 * {@code @Tracing}, {@code @FlushMetrics}, {@code @Idempotent}…) whose aspects the Maven build
 * never weaves: the {@code pom.xml} of the Maven project the source belongs to (beside its
 * {@code src/main/java}), with the parents of it that were scanned, runs no {@code aspectj-maven-plugin} naming that module among its {@code aspectLibraries}.
 * The annotation then does nothing. Silent without a pom (Gradle, Bazel…), with a Gradle build
 * beside the pom, with a parent pom that cannot be read (a repository parent may configure the
 * weaving), when an aspect library is written with a property, and for test sources.
 */
@RuleInfo(
    id = "LL112",
    name = "powertools-annotations-not-woven",
    severity = Severity.ERROR,
    category = Category.HANDLER_CODE,
    summary = "A Powertools annotation is used but the Maven build weaves no Powertools aspects",
    tags = {"correctness", "java", "maven", "powertools"},
    precision = Precision.HIGH)
public final class PowertoolsNotWoven implements Rule {
  private static final String POWERTOOLS = "software.amazon.lambda.powertools.";
  private static final List<String> OTHER_BUILDS = List.of("build.gradle", "build.gradle.kts", "BUILD", "BUILD.bazel", "MODULE.bazel", "WORKSPACE");
  /** Parents followed at most (a cycle of relative paths ends there too). */
  private static final int MAX_PARENTS = 10;

  /** What the poms of a build weave: the aspect libraries, or "anything" when that cannot be known. */
  private record Weaving(boolean unknown, boolean plugin, Set<String> libraries, Path pom, boolean parents) {}

  @Override
  public void checkJava(JavaSource source, LintContext context, FindingSink sink) {
    Path file = source.file().absolutePath().normalize();
    if (isTestSource(file)) return;
    List<Use> uses = uses(source);
    if (uses.isEmpty()) return;
    Optional<Path> root = scanRoot(source);
    Optional<Weaving> weaving = nearestPom(file, root).map(pom -> context.perRun(new WeavingOf(pom), () -> weaving(pom, root, context)));
    if (weaving.isEmpty() || weaving.get().unknown()) return;
    Weaving w = weaving.get();
    String pomName = displayPath(source, w.pom());
    for (Use use : uses) {
      if (use.modules().stream().anyMatch(w.libraries()::contains)) continue;
      String simple = use.annotation().substring(use.annotation().lastIndexOf('.') + 1);
      String modules = String.join(" or ", use.modules());
      String build = pomName + (w.parents() ? " (with its parent poms)" : "");
      sink.report(source.location(use.node()), "@" + simple + " (" + use.annotation() + ") on " + use.target()
          + " does nothing: its aspect is never woven, because " + build
          + (!w.plugin()
              ? " runs no aspectj-maven-plugin: add one (dev.aspectj) to <build><plugins> with " + modules
              : " weaves no " + modules + ": add it to the aspectLibraries of its aspectj-maven-plugin")
          + ", or use Powertools' functional API");
    }
  }

  /** The per-run key of a pom's weaving. */
  private record WeavingOf(Path pom) {}

  /** An annotation of the table where it is written, and the aspect libraries that weave it. */
  private record Use(AnnotationExpr node, String annotation, List<String> modules, String target) {}

  private static List<Use> uses(JavaSource source) {
    List<Use> result = new ArrayList<>();
    for (BodyDeclaration<?> declaration : source.unit().findAll(BodyDeclaration.class)) {
      String target;
      if (declaration instanceof MethodDeclaration m) {
        target = m.getNameAsString() + "()";
      } else if (declaration instanceof FieldDeclaration f) {
        target = "field " + f.getVariable(0).getNameAsString();
      } else {
        continue;
      }
      for (AnnotationExpr annotation : declaration.getAnnotations()) {
        resolve(source, annotation.getNameAsString()).ifPresent(name ->
            result.add(new Use(annotation, name, PowertoolsAspects.modulesOf(name).orElseThrow(), target)));
      }
    }
    return result;
  }

  /** The table's annotation that {@code written} names in this file: fully qualified, imported, or through a wildcard import. */
  private static Optional<String> resolve(JavaSource source, String written) {
    if (written.contains(".")) return PowertoolsAspects.modulesOf(written).map(m -> written);
    for (ImportDeclaration i : source.unit().getImports()) {
      if (i.isStatic()) continue;
      String name = i.getNameAsString();
      if (!i.isAsterisk() && name.endsWith("." + written)) {
        return PowertoolsAspects.modulesOf(name).map(m -> name);
      }
    }
    for (ImportDeclaration i : source.unit().getImports()) {
      if (i.isStatic() || !i.isAsterisk() || !i.getNameAsString().startsWith(POWERTOOLS)) continue;
      String name = i.getNameAsString() + "." + written;
      if (PowertoolsAspects.modulesOf(name).isPresent()) return Optional.of(name);
    }
    return Optional.empty();
  }

  private static boolean isTestSource(Path file) {
    String path = file.toString().replace('\\', '/');
    return path.contains("/src/test/");
  }

  /**
   * The {@code pom.xml} that compiles the source: the one in the folder holding its
   * {@code src/main/java} (Maven's layout), within the scan root. Empty for another layout, when
   * that folder has no pom (a pom further up builds other folders, its modules), or when a Gradle or
   * Bazel build file sits beside it.
   */
  private static Optional<Path> nearestPom(Path file, Optional<Path> root) {
    for (Path dir = file.getParent(); dir != null && root.map(dir::startsWith).orElse(true); dir = dir.getParent()) {
      if (!file.startsWith(dir.resolve("src").resolve("main").resolve("java"))) continue;
      final Path project = dir;
      if (OTHER_BUILDS.stream().anyMatch(b -> Files.isRegularFile(project.resolve(b)))) return Optional.empty();
      Path pom = dir.resolve("pom.xml");
      return Files.isRegularFile(pom) ? Optional.of(pom) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The aspect libraries of every {@code aspectj-maven-plugin} the build runs: declared in the
   * {@code plugins} of the pom or of a parent (inherited), with its configuration there and in the
   * {@code pluginManagement} of the pom or a parent. Unknown when a parent cannot be read, when the
   * pom is Powertools' own module, or when a library is written with a property.
   */
  private static Weaving weaving(Path pom, Optional<Path> root, LintContext context) {
    List<PomBuild> chain = new ArrayList<>();
    Path current = pom;
    for (int depth = 0; depth <= MAX_PARENTS; depth++) {
      Optional<MavenPom> document = context.document(current, MavenPom.class);
      if (document.isEmpty()) return new Weaving(true, false, Set.of(), pom, false);
      PomBuild build = document.get().build();
      if (build == PomBuild.EMPTY) return new Weaving(true, false, Set.of(), pom, false); // did not parse
      chain.add(build);
      if (build.parent().isEmpty()) break;
      PomBuild.Parent parent = build.parent().get();
      if (parent.relativePath().isEmpty()) return new Weaving(true, false, Set.of(), pom, false);
      Path next = current.getParent().resolve(parent.relativePath()).normalize();
      if (Files.isDirectory(next)) next = next.resolve("pom.xml");
      if (!Files.isRegularFile(next) || !root.map(next::startsWith).orElse(true)) return new Weaving(true, false, Set.of(), pom, false);
      Optional<MavenPom> parentPom = context.document(next, MavenPom.class);
      // Maven takes the file only when it is that parent; otherwise it comes from a repository
      if (parentPom.isEmpty() || !parentPom.get().build().artifactId().equals(parent.artifactId())) {
        return new Weaving(true, false, Set.of(), pom, false);
      }
      if (depth == MAX_PARENTS) return new Weaving(true, false, Set.of(), pom, false);
      current = next;
    }
    PomBuild own = chain.get(0);
    if (own.groupId().equals("software.amazon.lambda") && own.artifactId().startsWith("powertools-")
        && !own.artifactId().startsWith("powertools-examples")) {
      return new Weaving(true, false, Set.of(), pom, false); // Powertools itself
    }
    Set<String> libraries = new TreeSet<>();
    boolean plugin = false;
    for (PomBuild build : chain) {
      for (PomBuild.Plugin p : build.plugins()) {
        if (!isWeaver(p)) continue;
        plugin = true;
        libraries.addAll(names(p));
        for (PomBuild managing : chain) {
          for (PomBuild.Plugin m : managing.pluginManagement()) {
            if (m.artifactId().equals(p.artifactId())) libraries.addAll(names(m));
          }
        }
      }
    }
    if (libraries.stream().anyMatch(l -> l.contains("${"))) return new Weaving(true, false, Set.of(), pom, false);
    return new Weaving(false, plugin, libraries, pom, chain.size() > 1);
  }

  /** The aspectj-maven-plugin of any group (org.codehaus.mojo, dev.aspectj, forks), and any other AspectJ weaving plugin. */
  private static boolean isWeaver(PomBuild.Plugin plugin) {
    return plugin.artifactId().toLowerCase(java.util.Locale.ROOT).contains("aspectj");
  }

  private static List<String> names(PomBuild.Plugin plugin) {
    return plugin.aspectLibraries().stream().map(PomBuild.AspectLibrary::artifactId).toList();
  }

  /** The folder the source's path is relative to, when it lies under a scan root. */
  private static Optional<Path> scanRoot(JavaSource source) {
    if (!source.file().isUnderRoot()) return Optional.empty();
    Path root = source.file().absolutePath().normalize();
    int depth = Path.of(source.file().path()).getNameCount();
    for (int i = 0; i < depth && root != null; i++) root = root.getParent();
    return Optional.ofNullable(root);
  }

  /** The pom's path as the source's is written: relative to the same scan root when it lies under it. */
  private static String displayPath(JavaSource source, Path pom) {
    return scanRoot(source).filter(pom::startsWith)
        .map(root -> root.relativize(pom).toString().replace('\\', '/')).orElse(pom.toString());
  }
}
