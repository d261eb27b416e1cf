package dev.lambdalint.rules.handler;

import com.github.javaparser.ast.CompilationUnit;
import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.java.EnvironmentReads;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.rules.config.LambdaEnvironmentVariables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Handler code — on the invocation path or at init — reads {@code System.getenv("X")} (a literal
 * or a constant), and the environment of a function that runs it, as its template says it in full,
 * has no {@code X}, nor does Lambda set it ({@code lambda-environment-variables.tsv}): the read
 * returns {@code null} in production. Silent when the environment is not fully known, when the
 * read has a fallback (see {@link EnvironmentReads}), and for code no template links to a function.
 */
@RuleInfo(
    id = "LL111",
    name = "env-var-not-defined",
    severity = Severity.WARNING,
    category = Category.HANDLER_CODE,
    summary = "Handler code reads an environment variable that the function's environment never defines",
    tags = {"correctness", "java", "template"},
    precision = Precision.HIGH)
public final class EnvVarNotDefined implements Rule {
  /**
   * Prefixes of names Lambda keeps for itself beyond the documented list (advanced logging's
   * {@code AWS_LAMBDA_LOG_LEVEL}, the runtime's {@code _LAMBDA_TELEMETRY_LOG_FD}…): never reported.
   */
  private static final List<String> RUNTIME_PREFIXES = List.of("AWS_LAMBDA_", "_AWS_", "_LAMBDA_", "_X_AMZN_");

  private static final Object LINKED = new Object();

  /** A Java function of a template and the handler its {@code Handler} names in the sources. */
  private record Linked(Function function, JavaModel.Handler handler) {}

  /**
   * The Java functions of the templates with their handlers, in function order, under every source
   * file whose code runs for the handler: found once per run, so a file asks only its own handlers.
   */
  private static Map<CompilationUnit, List<Linked>> linkedByUnit(LintContext context) {
    Map<CompilationUnit, List<Linked>> byUnit = new IdentityHashMap<>();
    for (Function f : context.functions()) {
      context.handlerOf(f).filter(h -> isOwnCode(f, h)).ifPresent(h -> {
        for (CompilationUnit unit : context.java().unitsRunFor(h)) {
          byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(new Linked(f, h));
        }
      });
    }
    return byUnit;
  }

  @Override
  public void checkJava(JavaSource source, LintContext context, FindingSink sink) {
    JavaModel java = context.java();
    List<EnvironmentReads.Read> reads = java.environmentReads(source);
    if (reads.isEmpty()) return;
    List<Linked> linked = context.perRun(LINKED, () -> linkedByUnit(context)).getOrDefault(source.unit(), List.of());
    for (EnvironmentReads.Read read : reads) {
      if (read.hasFallback() || isLambdas(read.name())) continue;
      List<Function> lacking = new ArrayList<>();
      for (Linked l : linked) {
        if (lacking.contains(l.function()) || !l.function().resolvedEnvironment().certainlyLacks(read.name())) continue;
        if (!java.runsFor(l.handler(), read.call())) continue;
        // stored in a field: it matters where the field is read
        if (read.fieldUses().isPresent() && read.fieldUses().get().stream().noneMatch(use -> java.runsFor(l.handler(), use))) continue;
        lacking.add(l.function());
      }
      if (lacking.isEmpty()) continue;
      sink.report(source.location(read.call()), read.name() + " is read here, but the environment of " + describe(lacking)
          + " does not define it and Lambda does not set it: the read returns null in production; add " + read.name()
          + " to the function's Environment.Variables (or Globals), or give the read a fallback"
          + " (System.getenv().getOrDefault(\"" + read.name() + "\", …), a null check)");
    }
  }

  /**
   * Whether the handler class found for the function is its own code, not a class of the same name
   * in another project of the scan (many samples share {@code com.example.App}): its source lies
   * under the function's code folder, under the template's folder, or — for a built artifact
   * ({@code CodeUri: ../app/target/app.jar}) — under the build project ({@code pom.xml},
   * {@code build.gradle}) the artifact lies in.
   */
  private static boolean isOwnCode(Function function, JavaModel.Handler handler) {
    Path source = handler.source().file().absolutePath().normalize();
    List<Path> roots = new ArrayList<>();
    roots.add(function.template().directory().toAbsolutePath().normalize());
    function.code().localPath().map(p -> p.toAbsolutePath().normalize()).ifPresent(code -> {
      if (Files.isDirectory(code)) {
        roots.add(code);
      } else {
        buildProjectOf(code).ifPresent(roots::add);
      }
    });
    return roots.stream().anyMatch(source::startsWith);
  }

  /** The nearest folder above {@code artifact} with a build file. */
  private static Optional<Path> buildProjectOf(Path artifact) {
    for (Path dir = artifact.getParent(); dir != null; dir = dir.getParent()) {
      for (String build : BUILD_FILES) {
        if (Files.isRegularFile(dir.resolve(build))) return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");

  private static boolean isLambdas(String name) {
    return LambdaEnvironmentVariables.isSetByLambda(name) || RUNTIME_PREFIXES.stream().anyMatch(name::startsWith);
  }

  /** {@code OrderFunction}, or {@code A and B}; with each template's path when they come from several. */
  private static String describe(List<Function> functions) {
    boolean severalTemplates = functions.stream().map(f -> f.template().file().path()).distinct().count() > 1;
    List<String> names = functions.stream()
        .map(f -> f.logicalId() + (severalTemplates ? " (" + f.template().file().path() + ")" : ""))
        .sorted().toList();
    if (names.size() == 1) return names.get(0);
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
