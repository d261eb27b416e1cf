package dev.lambdalint.core.engine;

import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.invoke.InvocationGraph;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.model.Horizon;
import dev.lambdalint.core.model.RuleOption;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The context rules see: immutable for the run; what is costly is built on first use, once. */
final class RunContext implements LintContext {
  private final List<Template> templates;
  private final JavaModel java;
  private volatile InvocationGraph invocationGraph;

  private final LocalDate today;
  private final List<Path> scanRoots;
  /** Every registered rule's declared options and their checked values, by declaration. */
  private final Map<RuleOption<?>, Object> options;
  private final BuildFacts build;
  private final RunDocuments documents;
  private final Horizon horizon;
  /** {@link #perRun} values; a key's value is computed under its own lock, others go on. */
  private final ConcurrentHashMap<Object, Once> shared = new ConcurrentHashMap<>();

  /**
   * @param options each declared option of the run's rules and its value, checked against its
   *     declaration ({@link dev.lambdalint.core.config.RuleOptions#value})
   */
  RunContext(List<Template> templates, JavaModel java, LintConfig config, List<Path> scanRoots,
      Map<RuleOption<?>, Object> options, BuildFacts build, RunDocuments documents, Horizon horizon) {
    this.documents = documents;
    this.horizon = horizon;
    this.options = new IdentityHashMap<>(options);
    this.build = build;
    this.templates = List.copyOf(templates);
    this.java = java;
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
  @SuppressWarnings("unchecked")
  public <T> T option(RuleOption<T> option) {
    if (!options.containsKey(option)) {
      throw new IllegalStateException("option " + option.name() + " is not a static final field of a rule of this run");
    }
    return (T) options.get(option);
  }

  @Override
  public <D> Optional<D> document(Path path, Class<D> type) {
    return documents.get(path, type);
  }

  @Override
  public BuildFacts build() {
    return build;
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
        if (graph == null) graph = invocationGraph = InvocationGraph.build(templates, java, RunContext::handlerOf, horizon);
      }
    }
    return graph;
  }
}
