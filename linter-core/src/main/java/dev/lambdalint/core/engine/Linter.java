package dev.lambdalint.core.engine;

import dev.lambdalint.core.cdk.CdkOutMapping;
import dev.lambdalint.core.config.ConfigException;
import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.config.RuleOptions;
import dev.lambdalint.core.engine.LargestFirst.Job;
import dev.lambdalint.core.engine.RuleRegistry.RegisteredRule;
import dev.lambdalint.core.graph.SystemGraph;
import dev.lambdalint.core.graph.SystemGraphBuilder;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.RuleOption;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.parse.ParserMessages;
import dev.lambdalint.core.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The one entry point the command line and the Maven plugin call: {@code run(request) → Report}.
 * A run reads every file once through the installed {@link FrontEnd}s (templates, Java sources,
 * poms), builds the run's model, runs each rule on each document (a rule that throws costs only
 * its own findings on that file: LL002), and returns the findings deduplicated, fingerprinted and
 * sorted, the same bytes for the same input.
 */
public final class Linter {
  private final RuleRegistry registry;
  private final FrontEnds frontEnds = FrontEnds.installed();
  private final SourceLoader loader = new SourceLoader();

  public Linter(List<? extends Rule> rules) {
    this.registry = new RuleRegistry(rules);
  }

  private Linter(RuleRegistry registry) {
    this.registry = registry;
  }

  /** Rules are stateless, so the installed ones are found once per process (and maybe early: {@link #warmUp}). */
  private static volatile RuleRegistry installed;

  /** A linter with every rule installed on the class path. */
  public static Linter withInstalledRules() {
    RuleRegistry registry = installed;
    if (registry == null) {
      synchronized (Linter.class) {
        registry = installed;
        if (registry == null) registry = installed = RuleRegistry.installed(Linter.class.getClassLoader());
      }
    }
    return new Linter(registry);
  }

  /**
   * Starts a background thread that finds the installed rules and runs them, with both parsers,
   * on a tiny built-in project: for a front end about to call {@link #run} soon after starting,
   * whose own start-up then overlaps the loading of what the run will use. Optional.
   */
  public static void warmUp() {
    WarmUp.start();
  }

  /**
   * How many files runs in this process have read from disk: for a front end to say how far a run
   * got when it ran out of memory.
   */
  public static long filesReadInThisProcess() {
    return SourceLoader.filesRead();
  }

  /** Metadata of the builtin diagnostics and every rule, sorted by id. */
  public List<RuleMeta> rules() {
    return registry.allMeta();
  }

  public Report run(LintRequest request) throws LintException {
    Loaded loaded = load(request);
    return check(request.root(), loaded.scope(), loaded.documents(), loaded.texts(), request.config(), request.build(),
        loaded.findings(), request.drawGraph());
  }

  /**
   * Only the system's graph: reads the files as {@link #run} does and builds the same model, but
   * runs no rule. The report holds the graph and what the loaders found (files that do not parse).
   */
  public Report graph(LintRequest request) throws LintException {
    Loaded loaded = load(request);
    LintContext context = context(request.root(), loaded.documents(), request.config(), request.build(),
        scanRoots(request.root(), loaded.scope()), Map.of());
    return new Report(request.root(), deduplicate(loaded.findings()), List.of(),
        ReportAssembly.count(loaded.documents(), FrontEnd.Counted.TEMPLATE),
        ReportAssembly.count(loaded.documents(), FrontEnd.Counted.JAVA_SOURCE), Version.current())
        .withGraph(graphOf(context, CdkOutMapping.of(context.templates())));
  }

  private static SystemGraph graphOf(LintContext context, CdkOutMapping cdk) {
    // A cdk.out template whose CDK source the run also read is drawn once, from the source.
    List<Template> drawn = context.templates().stream().filter(t -> !cdk.isMapped(t)).toList();
    return SystemGraphBuilder.build(drawn, context.java(), context.invocationGraph());
  }

  /**
   * Everything after loading (also the warm-up's): runs the enabled rules on the parsed files, adds
   * their findings to the loaders' and assembles the report.
   */
  Report check(Path root, ScanScope scope, List<Document<?>> documents, SourceTexts texts, LintConfig config,
      BuildFacts build, Collection<Finding> findings) throws LintException {
    return check(root, scope, documents, texts, config, build, findings, false);
  }

  private Report check(Path root, ScanScope scope, List<Document<?>> documents, SourceTexts texts, LintConfig config,
      BuildFacts build, Collection<Finding> findings, boolean drawGraph) throws LintException {
    Set<String> ran = ReportAssembly.ranRules(registry.allMeta(), config);
    LintContext context = checkAll(root, documents, config, build, ran, findings, scanRoots(root, scope));
    // Findings on cdk.out templates belong on the CDK source that made them, where it was read.
    CdkOutMapping cdk = CdkOutMapping.of(context.templates());
    List<Finding> placed = cdk.apply(findings);
    Report report = ReportAssembly.assemble(root, deduplicate(placed), documents, texts, config, scope, registry.allMeta(), ran);
    return drawGraph ? report.withGraph(graphOf(context, cdk)) : report;
  }

  private static List<Path> scanRoots(Path root, ScanScope scope) {
    List<Path> scanRoots = new ArrayList<>();
    scanRoots.add(root);
    for (Path walked : scope.walkPaths()) {
      Path path = walked.toAbsolutePath().normalize();
      scanRoots.add(Files.isDirectory(path) || path.getParent() == null ? path : path.getParent());
    }
    return scanRoots;
  }

  /**
   * Builds the run's model and the rules' context, then runs every rule in {@code ran} on every
   * document; returns the context (for the graph, which reads the same model).
   */
  private LintContext checkAll(Path root, List<Document<?>> documents, LintConfig config, BuildFacts build, Set<String> ran,
      Collection<Finding> findings, List<Path> scanRoots) throws LintException {
    try {
      LintContext context = context(root, documents, config, build, scanRoots, optionValues(config));
      List<Job> jobs = new ArrayList<>();
      for (Document<?> d : documents) {
        jobs.add(new Job(d.cost(), () -> runRules(d.file(), findings::add, ran, (rule, sink) -> d.check(rule, context, sink))));
      }
      LargestFirst.run(jobs); // cost: lines
      return context;
    } catch (ConfigException e) {
      throw new LintException(e.getMessage(), e); // a bad rule option: the user's to fix, not LL002
    }
  }

  /** The run's model (templates, Java sources and their handlers) and the rules' context over it. */
  private LintContext context(Path root, List<Document<?>> documents, LintConfig config, BuildFacts build,
      List<Path> scanRoots, Map<RuleOption<?>, Object> options) {
    List<Template> templates = documentsOf(documents, Template.class);
    JavaModel javaModel = JavaModel.build(documentsOf(documents, JavaSource.class), HandlerReferences.of(templates));
    return new RunContext(templates, javaModel, config, scanRoots, options, build,
        new RunDocuments(documents, frontEnds, loader, root));
  }

  /**
   * Only what every run does before its rules: find the files, read them and parse them with the
   * same parsers. The baseline a run's cost is measured against ({@code bench/}); no rule runs.
   */
  public ParseSummary parseOnly(LintRequest request) throws LintException {
    Loaded loaded = load(request);
    long problems = loaded.findings().stream().filter(f -> f.ruleId().equals(BuiltinRules.PARSE_ERROR.id())).count();
    return new ParseSummary(ReportAssembly.count(loaded.documents(), FrontEnd.Counted.TEMPLATE),
        ReportAssembly.count(loaded.documents(), FrontEnd.Counted.JAVA_SOURCE), problems);
  }

  /** What {@link #parseOnly} read: templates and Java sources parsed, and files that did not parse. */
  public record ParseSummary(int templates, int javaSources, long unparsed) {}

  private record Loaded(ScanScope scope, Collection<Finding> findings, List<Document<?>> documents, SourceTexts texts) {}

  /** The documents of type {@code type}, in the order they are kept. */
  static <T> List<T> documentsOf(List<Document<?>> documents, Class<T> type) {
    List<T> result = new ArrayList<>();
    for (Document<?> d : documents) {
      T document = d.as(type);
      if (document != null) result.add(document);
    }
    return result;
  }

  private Loaded load(LintRequest request) throws LintException {
    ScanScope scope = ScanScope.of(request.paths(), request.context(), frontEnds);
    FileDiscovery.Found files = ScanScope.filter(FileDiscovery.discover(scope.walkPaths(), frontEnds), request.config());
    Path root = request.root();
    Collection<Finding> findings = new ConcurrentLinkedQueue<>();
    SourceTexts texts = new SourceTexts();

    for (FileDiscovery.Unreadable u : files.unreadable()) {
      SourceFile file = SourceFile.of(u.path(), root);
      findings.add(new Finding(BuiltinRules.PARSE_ERROR, BuiltinRules.PARSE_ERROR.severity(),
          "cannot read " + file.path() + ": " + u.reason(), Location.fileStart(file), null));
    }

    // Every front end's files in one queue: in a short run each parser's first use is mostly
    // class loading, which then happens on both cores instead of one after the other.
    Collection<Document<?>> documents = new ConcurrentLinkedQueue<>();
    List<Job> jobs = new ArrayList<>();
    for (FileDiscovery.Claimed claimed : files.files()) {
      Path p = claimed.path();
      jobs.add(new Job(size(p), () -> loader.load(claimed.frontEnd(), SourceFile.of(p, root), texts, findings::add)
          .ifPresent(documents::add)));
    }
    LargestFirst.run(jobs); // cost: bytes
    // Kept in the order of the front ends, then by file: templates, then Java sources, then poms.
    Comparator<Document<?>> order = Comparator.<Document<?>>comparingInt(d -> frontEnds.indexOf(d.frontEnd()))
        .thenComparing(Document::file);
    return new Loaded(scope, findings, documents.stream().sorted(order).toList(), texts);
  }

  /** A file's size on disk: the loading queue's estimate of its cost. */
  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException | RuntimeException e) {
      return 0; // its loader reports why it cannot be read
    }
  }

  /**
   * Checks the options written for every rule against the rule's declarations (names, types,
   * ranges) and returns each declared option's value: a mistake stops the run before any rule
   * does, naming where it was written.
   */
  private Map<RuleOption<?>, Object> optionValues(LintConfig config) {
    Map<RuleOption<?>, Object> values = new IdentityHashMap<>();
    for (RegisteredRule registered : registry.rules()) {
      RuleOptions written = config.options(registered.meta().id());
      written.validate(registered.meta().options());
      for (RuleOption<?> option : registered.meta().options()) values.put(option, written.value(option));
    }
    return values;
  }

  /** One call of one rule on one file. */
  @FunctionalInterface
  private interface RuleCall {
    void check(Rule rule, FindingSink sink);
  }

  private void runRules(SourceFile file, Consumer<Finding> out, Set<String> enabled, RuleCall call) {
    for (RegisteredRule registered : registry.rules()) {
      if (!enabled.contains(registered.meta().id())) continue;
      CollectingSink sink = new CollectingSink(registered.meta());
      try {
        call.check(registered.rule(), sink);
        sink.findings().forEach(out);
      } catch (ConfigException e) {
        throw e;
      } catch (Throwable e) {
        // Whatever a rule throws — an OutOfMemoryError on a huge input included: its partial work
        // is garbage by now — costs that rule's findings on this file, not the run.
        out.accept(ruleFailure(file, registered.meta(), e));
      }
    }
  }

  private static Finding ruleFailure(SourceFile file, RuleMeta rule, Throwable e) {
    String detail = e.getMessage() == null ? "" : ": " + ParserMessages.clean(e.getMessage());
    StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    String at = where == null ? "" : " at " + where.getClassName() + "." + where.getMethodName()
        + "(" + where.getFileName() + ":" + where.getLineNumber() + ")";
    String message = "rule " + rule.id() + " (" + rule.name() + ") failed on this file with "
        + e.getClass().getName() + detail + at + "; the file was not fully checked, please report it";
    return new Finding(BuiltinRules.RULE_FAILURE, BuiltinRules.RULE_FAILURE.severity(), message,
        Location.fileStart(file), null);
  }

  /**
   * Sorts, and keeps one finding per rule and place: a value inherited from Globals is reported
   * once, at the Globals line, however many functions inherit it.
   */
  private static List<Finding> deduplicate(Collection<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    Set<String> seen = new HashSet<>();
    List<Finding> unique = new ArrayList<>(sorted.size());
    for (Finding f : sorted) {
      if (seen.add(BuiltinRules.identity(f))) unique.add(f);
    }
    return unique;
  }
}
