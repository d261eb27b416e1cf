package dev.lambdalint.core.engine;

import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.config.RuleOptions;
import dev.lambdalint.core.invoke.InvocationGraph;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The context rules see: immutable for the run; what is costly is built on first use, once. */
final class RunContext implements LintContext {
  private final List<Template> templates;
  private final JavaModel java;
  private volatile InvocationGraph invocationGraph;

  private final LintConfig config;
  private final LocalDate today;
  private final List<Path> scanRoots;
  /** {@link #perRun} values; a key's value is computed under its own lock, others go on. */
  private final ConcurrentHashMap<Object, Once> shared = new ConcurrentHashMap<>();

  RunContext(List<Template> templates, JavaModel java) {
    this(templates, java, LintConfig.defaults(), List.of());
  }

  RunContext(List<Template> templates, JavaModel java, LintConfig config) {
    this(templates, java, config, List.of());
  }

  RunContext(List<Template> templates, JavaModel java, LintConfig config, List<Path> scanRoots) {
    this.templates = List.copyOf(templates);
    this.java = java;
    this.config = config;
    this.today = config.today();
    this.scanRoots = scanRoots.stream().map(p -> p.toAbsolutePath().normalize()).distinct().sorted().toList();
  }

  @Override
  public List<Path> scanRoots() {
    return scanRoots;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T perRun(Object key, Supplier<T> compute) {
    Once once = shared.computeIfAbsent(key, k -> new Once());
    synchronized (once) {
      if (!once.done) {
        once.value = compute.get();
        once.done = true;
      }
      return (T) once.value;
    }
  }

  private static final class Once {
    boolean done;
    Object value;
  }

  @Override
  public LocalDate today() {
    return today;
  }

  @Override
  public RuleOptions options(String ruleId) {
    return config.options(ruleId);
  }

  @Override
  public List<Template> templates() {
    return templates;
  }

  @Override
  public JavaModel java() {
    return java;
  }

  @Override
  public Optional<JavaModel.Handler> handlerOf(Function function) {
    return handlerOf(function, java);
  }

  private static Optional<JavaModel.Handler> handlerOf(Function function, JavaModel java) {
    return HandlerReferences.of(function).flatMap(java::resolve);
  }

  @Override
  public InvocationGraph invocationGraph() {
    InvocationGraph graph = invocationGraph;
    if (graph == null) {
      synchronized (this) {
        graph = invocationGraph;
        if (graph == null) graph = invocationGraph = InvocationGraph.build(templates, java, RunContext::handlerOf);
      }
    }
    return graph;
  }
}
