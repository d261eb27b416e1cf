package dev.lambdalint.rules.handler;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.JavaModel.HandlerReference;
import dev.lambdalint.core.java.JavaModel.TypeInfoView;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.parse.BoundedFiles;
import dev.lambdalint.core.template.CodeLocation;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A Java function's {@code Handler} names a class or method the code does not have: the deploy
 * succeeds and every invocation fails with {@code ClassNotFoundException} or
 * {@code NoSuchMethodException}.
 */
@RuleInfo(
    id = "LL104",
    name = "handler-not-found",
    severity = Severity.ERROR,
    category = Category.HANDLER_CODE,
    summary = "A function's Handler names a class or method that is not in its code",
    tags = {"correctness", "java", "template"},
    precision = Precision.HIGH)
public final class HandlerNotFound implements Rule {

  @Override
  public void checkFunction(Function function, LintContext context, FindingSink sink) {
    if (!function.isJava()) return;
    Optional<Setting<String>> handler = function.handler();
    if (handler.isEmpty() || handler.get().node() == null) return;
    JavaModel java = context.java();
    Optional<Scope> scope = scopeOf(function, java);
    if (scope.isEmpty()) return; // its code was not scanned: it lives elsewhere
    HandlerReference reference = new HandlerReference(handler.get().value(), null);
    check(function, handler.get(), reference, scope.get(), java, sink);
  }

  /** Where the function's classes must be: its CodeUri folder's sources, else its project's. */
  private record Scope(Path directory, String description, boolean codeUri) {}

  private static Optional<Scope> scopeOf(Function function, JavaModel java) {
    CodeLocation code = function.code();
    if (code.kind() == CodeLocation.Kind.S3 || code.kind() == CodeLocation.Kind.IMAGE
        || code.kind() == CodeLocation.Kind.INLINE) {
      return Optional.empty();
    }
    Optional<Path> folder = code.localPath().filter(Files::isDirectory);
    if (folder.isPresent()) {
      // A folder whose sources were not scanned (a sibling Maven module linted on its own) says nothing.
      if (!java.hasSourcesUnder(folder.get())) return Optional.empty();
      return Optional.of(new Scope(folder.get(), "the sources under its CodeUri '" + code.node().literal().orElse("") + "'", true));
    }
    // A jar or zip CodeUri (or a folder without sources): the template's project holds the code.
    Path project = function.template().directory();
    if (java.hasSourcesUnder(project)) return Optional.of(new Scope(project, "the scanned sources of its project", false));
    return Optional.empty();
  }

  private static void check(Function function, Setting<String> handler, HandlerReference reference, Scope scope,
      JavaModel java, FindingSink sink) {
    String className = reference.className();
    if (className.isEmpty()) return;
    Path template = function.template().file().absolutePath();
    Optional<TypeInfoView> type = java.findClassView(className, scope.directory(), template);
    if (type.isEmpty() && !scope.directory().equals(function.template().directory())
        && java.findClassView(className, function.template().directory(), template).isPresent()) {
      return; // in a sibling module of the project, packaged into the function's artifact
    }
    if (type.isEmpty()) {
      reportMissingClass(function, handler, className, scope, java, sink);
      return;
    }
    String method = reference.methodName();
    if (java.hasMethod(type.get(), method).orElse(true)) return;
    List<String> methods = java.methodNames(type.get());
    sink.report(handler.node(), function.logicalId() + "'s Handler names method " + method + ", which "
        + type.get().declaration().getNameAsString() + " does not declare or inherit"
        + (methods.isEmpty() ? "" : " (it has " + String.join(", ", methods) + ")")
        + ": every invocation would fail");
  }

  /**
   * Reported only with evidence that the class should be here: its package is one of the scanned
   * code's packages, a class of that simple name exists in another package, or — when the function's
   * own CodeUri folder was scanned and holds Java sources — the class is in none of them and does not
   * come from a dependency. A class of a framework's adapter package (Spring Cloud Function, Quarkus,
   * Micronaut, aws-serverless-java-container) or of a group the build file depends on may come from a
   * dependency, unless the scanned code lives under the same package root (then it is the user's own).
   */
  private static void reportMissingClass(Function function, Setting<String> handler, String className, Scope scope,
      JavaModel java, FindingSink sink) {
    String normalised = className.replace('$', '.');
    int dot = normalised.lastIndexOf('.');
    String pkg = dot < 0 ? "" : normalised.substring(0, dot);
    String simple = normalised.substring(dot + 1);
    List<TypeInfoView> inScope = java.typesUnder(scope.directory());
    List<String> sameName = inScope.stream().map(TypeInfoView::fqn)
        .filter(fqn -> fqn.equals(simple) || fqn.endsWith("." + simple)).distinct().sorted().toList();
    boolean packageKnown = inScope.stream().anyMatch(t -> packageOf(t.fqn()).equals(pkg));
    if (sameName.isEmpty() && !packageKnown) {
      if (!scope.codeUri() || inScope.isEmpty()) return;
      if (FRAMEWORK_PACKAGES.stream().anyMatch((pkg + ".")::startsWith)) return;
      boolean ownRoot = !pkg.isEmpty() && inScope.stream().anyMatch(t -> root(packageOf(t.fqn())).equals(root(pkg)));
      if (!ownRoot && namedByBuildFile(pkg, scope.directory(), function.template().directory())) return;
      sink.report(handler.node(), function.logicalId() + "'s Handler names class " + className + ", whose package "
          + (pkg.isEmpty() ? "(the default package)" : pkg) + " none of " + scope.description() + " declare: every"
          + " invocation would fail with ClassNotFoundException; name the class as its sources declare it");
      return;
    }
    String hint = sameName.isEmpty() ? "" : " (did you mean " + String.join(" or ", sameName) + "?)";
    sink.report(handler.node(), function.logicalId() + "'s Handler names class " + className
        + ", which is not in " + scope.description() + hint + ": every invocation would fail with ClassNotFoundException");
  }

  /**
   * Packages of handler classes that frameworks ship in a dependency: a class there is never taken
   * for a missing one of the user's, even when the user's own code shares the root (the samples of
   * aws-serverless-java-container live in {@code com.amazonaws.serverless.sample…}).
   */
  private static final List<String> FRAMEWORK_PACKAGES = List.of("org.springframework.cloud.function.",
      "io.quarkus.", "io.micronaut.", "com.amazonaws.serverless.proxy.", "com.amazonaws.services.lambda.runtime.",
      "software.amazon.lambda.", "software.amazon.awssdk.");

  /** Build files that name the dependencies packaged with the function's code. */
  private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");

  /**
   * Whether a class of {@code pkg} may come from a dependency: its package root ({@code org.example})
   * is named by a build file in the CodeUri folder, or a folder above it up to the template's (a
   * groupId {@code org.example…}).
   */
  private static boolean namedByBuildFile(String pkg, Path codeUri, Path templateDirectory) {
    String root = root(pkg);
    if (!root.contains(".")) return false; // a one-word package is no library's
    Path stop = templateDirectory.toAbsolutePath().normalize();
    for (Path dir = codeUri.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      for (String name : BUILD_FILES) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) continue;
        // Unreadable, or too large to read (a build file is kilobytes): assume it could.
        if (BoundedFiles.readIfWithin(file, 8L * 1024 * 1024).map(text -> text.contains(root)).orElse(true)) return true;
      }
      if (dir.equals(stop) || !dir.startsWith(stop)) break;
    }
    return false;
  }

  /** The first two segments of a package ({@code com.example} of {@code com.example.orders}). */
  private static String root(String pkg) {
    String[] parts = pkg.split("\\.");
    return parts.length < 2 ? pkg : parts[0] + "." + parts[1];
  }

  private static String packageOf(String fqn) {
    int dot = fqn.lastIndexOf('.');
    return dot < 0 ? "" : fqn.substring(0, dot);
  }
}
