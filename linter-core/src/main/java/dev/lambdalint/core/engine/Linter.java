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
import dev.lambdalint.core.model.Horizon;
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
import java.util.HashMap;
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
 * its own findings on that file: LL002; running out of heap ends the run), and returns the findings deduplicated, fingerprinted and
 * sorted, the same bytes for the same input. A scan of more files than one batch holds is read and
 * checked batch by batch ({@link ProjectBatches}, {@link ProjectClosure}), with the same findings.
 */
public final class Linter {
  /**
   * The most files a run reads at once: a larger scan is checked project by project
   * ({@link ProjectBatches}), about this many files at a time, so memory is bounded by the largest
   * project, not the repository. {@code -Dlambdalint.batchFiles=N} sets it (tests force tiny batches).
   */
  static final int BATCH_FILES = Integer.getInteger("lambdalint.batchFiles", 1500);

  private final RuleRegistry registry;
  private final FrontEnds frontEnds = FrontEnds.installed();
  private final SourceLoader loader = new SourceLoader();
  private final int batchFiles;

  public Linter(List<? extends Rule> rules) {
    this(new RuleRegistry(rules), BATCH_FILES);
  }

  private Linter(RuleRegistry registry, int batchFiles) {
    this.registry = registry;
    this.batchFiles = Math.max(1, batchFiles);
  }

  /**
   * The same rules, checking at most {@code files} files at a time: a scan of more is checked
   * project by project, with the same findings as one read whole.
   */
  public Linter withBatchFiles(int files) {
    return new Linter(registry, files);
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
    return new Linter(registry, BATCH_FILES);
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
    Scan scan = scan(request);
    if (scan.batches().size() == 1) {
      Loaded loaded = load(request.root(), scan.found().files(), scan.found().unreadable());
      return check(request.root(), scan.scope(), loaded, request.config(), request.build(), request.drawGraph(),
          Horizon.WHOLE, true).report();
    }
    return runByProject(request, scan, true);
  }

  /**
   * Checks batch after batch, each read, checked and let go before the next; then checks again,
   * together, batches where a lookup of one is answered in another ({@link ProjectClosure}), until
   * none is: the findings are those of one run over everything.
   */
  private Report runByProject(LintRequest request, Scan scan, boolean runRules) throws LintException {
    List<ProjectBatches.Batch> batches = scan.batches();
    ProjectClosure closure = new ProjectClosure(batches);
    Map<List<Integer>, Report> reports = new HashMap<>();
    List<List<Integer>> toCheck = new ArrayList<>();
    for (int i = 0; i < batches.size(); i++) toCheck.add(List.of(i));
    while (!toCheck.isEmpty()) {
      for (List<Integer> group : toCheck) {
        ProjectBatches.Batch batch = ProjectBatches.Batch.merge(group.stream().map(batches::get).toList());
        BatchHorizon horizon = new BatchHorizon(batch.wholeFolders());
        // The files no front end could read are reported once, with the first batch.
        Loaded loaded = load(request.root(), batch.files(), group.contains(0) ? scan.found().unreadable() : List.of());
        Checked checked = check(request.root(), scan.scope(), loaded, request.config(), request.build(), request.drawGraph(),
            horizon, runRules);
        closure.checked(group, checked.context(), horizon, checked.report());
        reports.keySet().removeIf(earlier -> earlier.stream().anyMatch(group::contains));
        reports.put(group, checked.report());
      }
      toCheck = closure.toCheckTogether();
    }
    return ReportAssembly.merge(request.root(), reports.values(), registry.allMeta());
  }

  /**
   * Only the system's graph: reads the files as {@link #run} does and builds the same model, but
   * runs no rule. The report holds the graph and what the loaders found (files that do not parse).
   */
  public Report graph(LintRequest request) throws LintException {
    Scan scan = scan(request);
    if (scan.batches().size() > 1) {
      // As a run checks a large scan, batch by batch, with no rule: the drawings of the batches, joined.
      Report drawn = runByProject(request.drawingGraph(), scan, false);
      return new Report(request.root(), drawn.findings(), List.of(), drawn.templateCount(), drawn.javaFileCount(),
          Version.current()).withGraph(drawn.graph().orElseThrow());
    }
    Loaded loaded = load(request.root(), scan.found().files(), scan.found().unreadable());
    LintContext context = context(request.root(), loaded.documents(), request.config(), request.build(),
        scanRoots(request.root(), scan.scope()), Map.of(), Horizon.WHOLE);
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
    return check(root, scope, new Loaded(findings, documents, texts), config, build, false, Horizon.WHOLE, true).report();
  }

  /** A batch's report and the model its rules read (for the graph and the facts that cross batches). */
  private record Checked(Report report, LintContext context) {}

  private Checked check(Path root, ScanScope scope, Loaded loaded, LintConfig config, BuildFacts build,
      boolean drawGraph, Horizon horizon, boolean runRules) throws LintException {
    Set<String> ran = runRules ? ReportAssembly.ranRules(registry.allMeta(), config) : Set.of();
    LintContext context = checkAll(root, loaded.documents(), config, build, ran, loaded.findings(), scanRoots(root, scope),
        horizon);
    // Findings on cdk.out templates belong on the CDK source that made them, where it was read.
    CdkOutMapping cdk = CdkOutMapping.of(context.templates(), horizon);
    List<Finding> placed = cdk.apply(loaded.findings());
    Report report = ReportAssembly.assemble(root, deduplicate(placed), loaded.documents(), loaded.texts(), config, scope,
        registry.allMeta(), ran);
    return new Checked(drawGraph ? report.withGraph(graphOf(context, cdk)) : report, context);
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
      Collection<Finding> findings, List<Path> scanRoots, Horizon horizon) throws LintException {
    try {
      LintContext context = context(root, documents, config, build, scanRoots, optionValues(config), horizon);
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
      List<Path> scanRoots, Map<RuleOption<?>, Object> options, Horizon horizon) {
    List<Template> templates = documentsOf(documents, Template.class);
    JavaModel javaModel = JavaModel.build(documentsOf(documents, JavaSource.class), HandlerReferences.of(templates),
        horizon);
    return new RunContext(templates, javaModel, config, scanRoots, options, build,
        new RunDocuments(documents, frontEnds, loader, root), horizon);
  }

  /**
   * Only what every run does before its rules: find the files, read them and parse them with the
   * same parsers. The baseline a run's cost is measured against ({@code bench/}); no rule runs.
   */
  public ParseSummary parseOnly(LintRequest request) throws LintException {
    Scan scan = scan(request);
    int templates = 0;
    int javaSources = 0;
    long problems = 0;
    // Batch by batch, as a run reads them: memory holds one batch's trees.
    List<ProjectBatches.Batch> batches = scan.batches();
    for (int i = 0; i < batches.size(); i++) {
      Loaded loaded = load(request.root(), batches.get(i).files(), i == 0 ? scan.found().unreadable() : List.of());
      problems += loaded.findings().stream().filter(f -> f.ruleId().equals(BuiltinRules.PARSE_ERROR.id())).count();
      templates += ReportAssembly.count(loaded.documents(), FrontEnd.Counted.TEMPLATE);
      javaSources += ReportAssembly.count(loaded.documents(), FrontEnd.Counted.JAVA_SOURCE);
    }
    return new ParseSummary(templates, javaSources, problems);
  }

  /** What {@link #parseOnly} read: templates and Java sources parsed, and files that did not parse. */
  public record ParseSummary(int templates, int javaSources, long unparsed) {}

  /** What loading some files gave: their documents, kept texts, and findings of files that did not load. */
  private record Loaded(Collection<Finding> findings, List<Document<?>> documents, SourceTexts texts) {}

  /** The documents of type {@code type}, in the order they are kept. */
  static <T> List<T> documentsOf(List<Document<?>> documents, Class<T> type) {
    List<T> result = new ArrayList<>();
    for (Document<?> d : documents) {
      T document = d.as(type);
      if (document != null) result.add(document);
    }
    return result;
  }

  private Loaded load(Path root, List<FileDiscovery.Claimed> files,
      List<FileDiscovery.Unreadable> unreadable) {
    Collection<Finding> findings = new ConcurrentLinkedQueue<>();
    SourceTexts texts = new SourceTexts();

    for (FileDiscovery.Unreadable u : unreadable) {
      SourceFile file = SourceFile.of(u.path(), root);
      findings.add(new Finding(BuiltinRules.PARSE_ERROR, BuiltinRules.PARSE_ERROR.severity(),
          "cannot read " + file.path() + ": " + u.reason(), Location.fileStart(file), null));
    }

    // Every front end's files in one queue: in a short run each parser's first use is mostly
    // class loading, which then happens on both cores instead of one after the other.
    Collection<Document<?>> documents = new ConcurrentLinkedQueue<>();
    List<Job> jobs = new ArrayList<>();
    for (FileDiscovery.Claimed claimed : files) {
      Path p = claimed.path();
      jobs.add(new Job(size(p), () -> loader.load(claimed.frontEnd(), SourceFile.of(p, root), texts, findings::add)
          .ifPresent(documents::add)));
    }
    LargestFirst.run(jobs); // cost: bytes
    // Kept in the order of the front ends, then by file: templates, then Java sources, then poms.
    Comparator<Document<?>> order = Comparator.<Document<?>>comparingInt(d -> frontEnds.indexOf(d.frontEnd()))
        .thenComparing(Document::file);
    return new Loaded(findings, documents.stream().sorted(order).toList(), texts);
  }

  /**
   * What a request reads and reports ({@link ScanScope}), the files found under its paths and their
   * context as the configuration filters them, and the batches they are read in.
   */
  private record Scan(ScanScope scope, FileDiscovery.Found found, List<ProjectBatches.Batch> batches) {}

  private Scan scan(LintRequest request) throws LintException {
    ScanScope scope = ScanScope.of(request.paths(), request.context(), frontEnds);
    FileDiscovery.Found found = ScanScope.filter(FileDiscovery.discover(scope.walkPaths(), frontEnds), request.config());
    return new Scan(scope, found, ProjectBatches.split(found.files(), batchFiles));
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
      } catch (OutOfMemoryError e) {
        // The heap, not the file: a run that goes on would report a rule failure (LL002) as a
        // finding and exit as if the code were at fault. It ends; the front end names the heap
        // (the CLI exits 2). Inputs a rule could blow up on are bounded before rules see them.
        throw e;
      } catch (Throwable e) {
        // Whatever else a rule throws — a linkage error, a stack overflow — costs that rule's
        // findings on this file, not the run.
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
