package dev.lambdalint.core.engine;

import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.invoke.InvocationGraph;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.model.RuleOption;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** What a rule may know about the whole scan: every template, function and Java source. */
public interface LintContext {

  /** Every template that loaded, sorted by path. */
  List<Template> templates();

  /** Every function of every template, in template then document order. */
  default List<Function> functions() {
    return templates().stream().flatMap(t -> t.functions().stream()).toList();
  }

  /** The Java sources and their handlers. */
  JavaModel java();

  /**
   * The handler class and method a Java function's {@code Handler} names, found in the scanned
   * sources under its {@code CodeUri} (anywhere scanned when that folder holds none); empty for
   * other runtimes and for code that was not scanned.
   */
  Optional<JavaModel.Handler> handlerOf(Function function);

  /**
   * The document of type {@code type} in {@code path} (a {@link dev.lambdalint.core.maven.MavenPom}
   * beside a function's code): the one the run read, else loaded now by the installed front end of
   * that type that claims the file, once per run. Empty when no front end of that type claims the
   * file or it does not load (it does not exist, is too large, cannot be read). The default, for
   * contexts made by hand, loads it on every call.
   */
  default <D> Optional<D> document(Path path, Class<D> type) {
    Path file = path.toAbsolutePath().normalize();
    Path folder = file.getParent() == null ? file : file.getParent();
    return FrontEnds.installed().loadAside(SourceFile.of(file, folder), type, new SourceLoader());
  }

  /** Which function's code invokes which function, across the whole scan; built on first use. */
  InvocationGraph invocationGraph();

  /**
   * The value of one of the rule's own options, read through its declaration (a {@code static
   * final} {@link RuleOption} field of the rule class): what {@code .lambdalint.yml} sets
   * ({@code rules: LL401: options: {budgetPercent: 70}}), already checked against the declaration's
   * type and range before any rule ran, else the declared default. The default, for contexts made
   * by hand, is the declared default.
   */
  default <T> T option(RuleOption<T> option) {
    return option.defaultValue();
  }

  /** What the build tool driving the run knows ({@link BuildFacts}); {@link BuildFacts#NONE} otherwise. */
  default BuildFacts build() {
    return BuildFacts.NONE;
  }

  /**
   * The folders this run reads, absolute and normalized: the scan root (output paths are relative
   * to it), every path the user gave (a file's own folder) and the context read with them. A rule
   * that reads files by itself (LL401 measuring a {@code CodeUri} folder) keeps to these and to
   * the repository around the template: a template may name any path on the machine. Empty when
   * the front end does not say; then only the template's repository and folder are read.
   */
  default List<Path> scanRoots() {
    return List.of();
  }

  /**
   * The value for {@code key}, computed once per run and shared by every rule and file (a folder's
   * size that several functions' {@code CodeUri} name, say); {@code compute} runs at most once per
   * key, and may return null (cached too). The default, for contexts made by hand, computes each
   * time.
   */
  default <T> T perRun(Object key, Supplier<T> compute) {
    return compute.get();
  }

  /**
   * The date of the run, which rules compare dates with (never {@code LocalDate.now()} in a rule):
   * {@code asOf:} of {@code .lambdalint.yml} or a front end's {@code --as-of} / {@code asOf}
   * ({@link LintConfig#withAsOf}), else today's date in UTC.
   */
  default LocalDate today() {
    return LintConfig.defaults().today();
  }
}
