package dev.lambdalint.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding a rule edits no list: compiling it with the processor named registers it for ServiceLoader. */
class RuleRegistrationTest {
  @TempDir Path dir;

  private static final String INFO = "@dev.lambdalint.core.model.RuleInfo(id = \"LL9%d\", name = \"r%d\", "
      + "severity = dev.lambdalint.core.model.Severity.NOTE, category = dev.lambdalint.core.model.Category.LAMBDALINT, summary = \"S\")\n";

  @Test
  void everyAnnotatedRuleClassIsListedSortedWithNestedClassesByBinaryName() throws IOException {
    Compiled result = compile(Map.of(
        "b/Second.java", "package b;\n" + info(2) + "public final class Second implements dev.lambdalint.core.engine.Rule {}\n",
        "a/First.java", "package a;\n" + info(1) + "public final class First implements dev.lambdalint.core.engine.Rule {\n"
            + "  " + info(3) + "  public static final class Inner implements dev.lambdalint.core.engine.Rule {}\n}\n",
        "c/Helper.java", "package c;\npublic final class Helper {}\n"));
    assertThat(result.errors()).isEmpty();
    assertThat(result.serviceFile()).isEqualTo("a.First\na.First$Inner\nb.Second\n");
  }

  @Test
  void aRuleThatServiceLoaderCouldNotBuildIsACompileErrorAtTheClass() throws IOException {
    Compiled result = compile(Map.of(
        "a/Hidden.java", "package a;\n" + info(1) + "final class Hidden implements dev.lambdalint.core.engine.Rule {}\n",
        "a/NotARule.java", "package a;\n" + info(2) + "public final class NotARule {}\n"));
    assertThat(result.errors()).anyMatch(e -> e.contains("Hidden") && e.contains("must be public"));
    assertThat(result.errors()).anyMatch(e -> e.contains("NotARule") && e.contains("must implement"));
  }

  @Test
  void aRecompileOfSomeClassesKeepsTheOthersThatStillExistAndDropsDeletedOnes() throws IOException {
    Path out = dir.resolve("classes");
    Files.createDirectories(out.resolve("META-INF/services"));
    // What an earlier full compile wrote: a.Kept exists on the class path now, a.Deleted does not.
    Files.writeString(out.resolve(RuleRegistration.SERVICE_FILE), "a.Deleted\na.Kept\n");
    Compiled first = compile(Map.of("a/Kept.java", "package a;\n" + info(1)
        + "public final class Kept implements dev.lambdalint.core.engine.Rule {}\n"), out.resolve("../kept"));
    assertThat(first.errors()).isEmpty();
    Compiled result = compile(Map.of("b/Changed.java", "package b;\n" + info(2)
        + "public final class Changed implements dev.lambdalint.core.engine.Rule {}\n"), out, out.resolve("../kept"));
    assertThat(result.errors()).isEmpty();
    assertThat(result.serviceFile()).isEqualTo("a.Kept\nb.Changed\n");
  }

  private static String info(int n) {
    return String.format(Locale.ROOT, INFO, 90 + n, n);
  }

  private record Compiled(List<String> errors, String serviceFile) {}

  private Compiled compile(Map<String, String> sources) throws IOException {
    return compile(sources, dir.resolve("classes"));
  }

  private Compiled compile(Map<String, String> sources, Path out, Path... extraClassPath) throws IOException {
    Path src = Files.createTempDirectory(dir, "src");
    List<File> files = new ArrayList<>();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      files.add(file.toFile());
    }
    Files.createDirectories(out);
    StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path"));
    for (Path p : extraClassPath) classPath.append(File.pathSeparator).append(p.normalize());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = List.of("-d", out.toString(), "-classpath", classPath.toString(),
          "-processor", RuleRegistration.class.getName(), "-implicit:none");
      javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files)).call();
    }
    List<String> errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ": ") + d.getMessage(Locale.ROOT)).toList();
    Path service = out.resolve(RuleRegistration.SERVICE_FILE);
    return new Compiled(errors, Files.exists(service) ? Files.readString(service) : "");
  }
}
