package dev.lambdalint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.core.java.TypeIndex.TypeInfo;
import dev.lambdalint.core.model.Horizon;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Java side of a scan: every parsed source, the Lambda handlers in them, and each handler's
 * invocation path — the handler method plus every scanned method it calls, transitively (and the
 * constructors and instance initialisers of classes it instantiates). Field initialisers, static
 * blocks and the handler's own constructors run once per execution environment: init code.
 * Computed once when built; queries are lookups.
 */
public final class JavaModel {
  static final String REQUEST_HANDLER = "com.amazonaws.services.lambda.runtime.RequestHandler";
  static final String REQUEST_STREAM_HANDLER = "com.amazonaws.services.lambda.runtime.RequestStreamHandler";
  private static final String DEFAULT_HANDLER_METHOD = "handleRequest";

  /**
   * A handler named by a template: {@code pkg.Class::method} or {@code pkg.Class}
   * ({@code handleRequest}), looked for under {@code codeDirectory} when the function has one, else
   * (no code folder, or one holding no sources: a jar's) the class declared nearest to {@code near},
   * the template: a repository of several projects may declare {@code helloworld.App} in each.
   */
  public record HandlerReference(String handler, Path codeDirectory, Path near) {
    public HandlerReference(String handler, Path codeDirectory) {
      this(handler, codeDirectory, codeDirectory);
    }

    public String className() {
      int sep = handler.indexOf("::");
      return (sep < 0 ? handler : handler.substring(0, sep)).strip();
    }

    public String methodName() {
      int sep = handler.indexOf("::");
      return sep < 0 ? DEFAULT_HANDLER_METHOD : handler.substring(sep + 2).strip();
    }
  }

  /**
   * A handler: the class Lambda instantiates and the method it calls (declared there or inherited
   * from a scanned superclass).
   */
  public record Handler(JavaSource source, TypeDeclaration<?> type, MethodDeclaration method, String className) {
    /** {@code pkg.Class::method}. */
    public String qualifiedName() {
      return className + "::" + method.getNameAsString();
    }

    /** {@code Class.method}, for messages. */
    public String displayName() {
      return type.getNameAsString() + "." + method.getNameAsString();
    }
  }

  private final List<JavaSource> sources;
  private final TypeIndex types;
  private final InvocationResolver resolver;
  private final StringValues strings;
  private final List<Handler> handlers;
  /** Callables on some invocation path, each with the handlers (in handler order) reaching it. */
  private final Map<CallableDeclaration<?>, List<Handler>> onPath = new IdentityHashMap<>();
  /** Types instantiated on some invocation path: their instance initialisers run per invocation too. */
  private final Map<TypeDeclaration<?>, List<Handler>> constructedOnPath = new IdentityHashMap<>();
  /** Lambdas the handler's init code stores in a field: callbacks that run per invocation. */
  private final Map<LambdaExpr, List<Handler>> storedCallbacks = new IdentityHashMap<>();

  private final Horizon horizon;

  private JavaModel(List<JavaSource> sources, List<HandlerReference> references, Horizon horizon) {
    this.sources = List.copyOf(sources);
    this.horizon = horizon;
    this.types = new TypeIndex(this.sources, horizon);
    this.resolver = new InvocationResolver(types);
    this.strings = new StringValues(types, resolver.expressions());
    this.handlers = findHandlers(references);
    for (Handler h : handlers) walkInvocationPath(h);
  }

  public static JavaModel build(List<JavaSource> sources, List<HandlerReference> references) {
    return build(sources, references, Horizon.WHOLE);
  }

  /** The model of one project of a larger run, telling {@code horizon} of lookups that may reach past it. */
  public static JavaModel build(List<JavaSource> sources, List<HandlerReference> references, Horizon horizon) {
    return new JavaModel(sources, references, horizon);
  }

  public static JavaModel of(List<JavaSource> sources) {
    return build(sources, List.of());
  }

  public List<JavaSource> sources() {
    return sources;
  }

  /** Every handler, sorted by qualified name. */
  public List<Handler> handlers() {
    return handlers;
  }

  /** The handler a template reference names, if the class and method are in the scanned sources. */
  public Optional<Handler> resolve(HandlerReference reference) {
    return findClass(reference.className(), reference.codeDirectory(), reference.near()).flatMap(type ->
        types.methods(type, reference.methodName(), -1).stream().findFirst()
            .map(m -> new Handler(type.source(), type.declaration(), m, type.fqn())));
  }

  /**
   * The class of that name declared under {@code codeDirectory} (anywhere when null) nearest to
   * {@code near}, the template naming it: a folder may hold several projects' {@code helloworld.App}.
   */
  public Optional<TypeInfoView> findClassView(String fqn, Path codeDirectory, Path near) {
    return findClass(fqn, codeDirectory, near).map(TypeInfoView::of);
  }

  /** A scanned type, as rules see it. */
  public record TypeInfoView(JavaSource source, TypeDeclaration<?> declaration, String fqn) {
    static TypeInfoView of(TypeInfo type) {
      return new TypeInfoView(type.source(), type.declaration(), type.fqn());
    }
  }

  private Optional<TypeInfo> findClass(String fqn, Path codeDirectory, Path near) {
    // Lambda names nested classes with '$'; sources spell them with '.'.
    String name = fqn.replace('$', '.');
    Path from = near != null ? near : codeDirectory;
    from = from == null ? null : from.toAbsolutePath().normalize();
    if (codeDirectory != null) {
      Path dir = codeDirectory.toAbsolutePath().normalize();
      List<TypeInfo> under = types.all(name).stream().filter(t -> t.source().file().absolutePath().startsWith(dir)).toList();
      Optional<TypeInfo> found = TypeIndex.nearestOf(under, from).stream().findFirst();
      // Found in the template's own project: no class of another project can be nearer.
      if (found.isPresent() && horizon.answersInProject(from, found.get().source().file().absolutePath())) return found;
      horizon.folderLookup(dir);
      if (found.isPresent() || hasSourcesUnder(dir)) return found;
    }
    // No code folder, or one holding no sources (a jar's folder, say): the class declared nearest.
    return types.nearest(name, from).stream().findFirst();
  }

  /**
   * The scanned classes of that name declared nearest to {@code near} (a file or folder): one,
   * unless several projects' classes are equally near and the name alone cannot tell which is meant.
   */
  public List<TypeInfoView> nearestClasses(String fqn, Path near) {
    return types.nearest(fqn.replace('$', '.'), near.toAbsolutePath().normalize()).stream().map(TypeInfoView::of).toList();
  }

  /** Every scanned type, nested ones too, in index order. */
  public List<TypeInfoView> types() {
    return types.all().stream().map(TypeInfoView::of).toList();
  }

  /** Every scanned type whose source lies under {@code directory}, in index order. */
  public List<TypeInfoView> typesUnder(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    horizon.folderLookup(dir);
    return types.all().stream().filter(t -> t.source().file().absolutePath().startsWith(dir))
        .map(TypeInfoView::of).toList();
  }

  /** The scanned type {@code name} denotes where it is written ({@code context}), if it is scanned. */
  public Optional<TypeInfoView> resolveType(Node context, String name) {
    return types.resolve(context, name).map(TypeInfoView::of);
  }

  /**
   * Whether {@code type} declares or inherits a method of that name: empty when it cannot be told,
   * because the type extends a class that is not in the scanned sources.
   */
  public Optional<Boolean> hasMethod(TypeInfoView type, String name) {
    TypeInfo info = types.of(type.declaration()).orElseThrow();
    if (!types.methods(info, name, -1).isEmpty()) return Optional.of(true);
    List<TypeInfo> hierarchy = types.hierarchy(info);
    TypeInfo top = hierarchy.get(hierarchy.size() - 1);
    boolean extendsUnscanned = top.declaration() instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c
        && !c.getExtendedTypes().isEmpty() && !c.isInterface();
    return extendsUnscanned ? Optional.empty() : Optional.of(false);
  }

  /** Names of the methods {@code type} declares or inherits from scanned classes, sorted. */
  public List<String> methodNames(TypeInfoView type) {
    TypeInfo info = types.of(type.declaration()).orElseThrow();
    return types.hierarchy(info).stream().flatMap(t -> t.declaration().getMethods().stream())
        .map(MethodDeclaration::getNameAsString).distinct().sorted().toList();
  }

  /** {@code type} and its scanned superclasses, nearest first. */
  public List<TypeInfoView> hierarchy(TypeInfoView type) {
    return types.hierarchy(types.of(type.declaration()).orElseThrow()).stream()
        .map(TypeInfoView::of).toList();
  }

  /** Whether any scanned source lies under {@code directory}. */
  public boolean hasSourcesUnder(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    if (sourceFolders().contains(dir)) return true;
    horizon.folderLookup(dir); // another project's sources may lie there
    return false;
  }

  /**
   * Every folder holding a scanned source, directly or below: built once, so asking per function
   * costs a lookup, not a walk over every source (functions × sources in a monorepo).
   */
  private Set<Path> sourceFolders() {
    Set<Path> folders = sourceFolders;
    if (folders == null) {
      Set<Path> built = new HashSet<>();
      for (JavaSource s : sources) {
        Path p = s.file().absolutePath().getParent();
        while (p != null && built.add(p)) p = p.getParent(); // a folder already there has its ancestors there too
      }
      folders = sourceFolders = Set.copyOf(built);
    }
    return folders;
  }

  private volatile Set<Path> sourceFolders;

  /** True when {@code node} runs on some handler's invocation path (per invocation, not once at init). */
  public boolean isOnInvocationPath(Node node) {
    return handlerReaching(node).isPresent();
  }

  /** The handler whose invocation path runs {@code node}, the first in handler order when several do. */
  public Optional<Handler> handlerReaching(Node node) {
    return handlersReaching(node).stream().findFirst();
  }

  /** Every handler whose invocation path runs {@code node}, in handler order. */
  public List<Handler> handlersReaching(Node node) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?> c && onPath.containsKey(c)) return onPath.get(c);
      if (n instanceof LambdaExpr l && storedCallbacks.containsKey(l)) return storedCallbacks.get(l);
      if (n instanceof FieldDeclaration f && !f.isStatic()) return instanceInitialiserReach(f);
      if (n instanceof InitializerDeclaration i && !i.isStatic()) return instanceInitialiserReach(i);
    }
    return List.of();
  }

  /** True when {@code node} runs on this handler's invocation path. */
  public boolean reaches(Handler handler, Node node) {
    String key = key(handler.source(), handler.qualifiedName());
    return handlersReaching(node).stream().anyMatch(h -> key(h.source(), h.qualifiedName()).equals(key));
  }

  private List<Handler> instanceInitialiserReach(Node member) {
    return member.getParentNode().filter(TypeDeclaration.class::isInstance)
        .map(t -> constructedOnPath.getOrDefault((TypeDeclaration<?>) t, List.of())).orElse(List.of());
  }

  /**
   * The fully qualified names the type of {@code expression} may have, from what is written: a
   * variable's, parameter's or field's declared type ({@code LambdaClient lambda}), {@code this.x},
   * a cast, {@code new X()}, or a static factory chain of an SDK type ({@code LambdaClient.create()},
   * {@code LambdaClient.builder()…build()}). Empty when the sources do not say.
   */
  public List<String> typeCandidates(Expression expression) {
    CompilationUnit unit = expression.findCompilationUnit().orElse(null);
    if (unit == null) return List.of();
    return writtenTypeName(expression).map(name -> TypeNames.candidates(unit, name)).orElse(List.of());
  }

  /** The string {@code expression} is known to hold: a literal, an environment variable's value, or unknown. */
  public StringValue stringValue(Expression expression) {
    return strings.of(expression);
  }

  /**
   * True when {@code name}, written at {@code at}, names a variable in scope there (a parameter,
   * lambda, catch or loop variable, a local of an enclosing block, a field of the class or a
   * scanned superclass), so not a type. Each block's declarations are indexed once.
   */
  public boolean isVariable(Node at, String name) {
    return resolver.expressions().isVariable(at, name);
  }

  /** Nodes visited to index blocks' declarations so far: tests compare it at two sizes of input. */
  long indexedNodes() {
    return resolver.expressions().indexedNodes();
  }

  /** True when {@code expression}'s written type may be {@code fqn}. */
  public boolean hasType(Expression expression, String fqn) {
    return typeCandidates(expression).contains(fqn);
  }

  private Optional<String> writtenTypeName(Expression expression) {
    ExpressionTypes expressions = resolver.expressions();
    if (expression instanceof com.github.javaparser.ast.expr.EnclosedExpr e) return writtenTypeName(e.getInner());
    if (expression instanceof com.github.javaparser.ast.expr.CastExpr c) return Optional.of(erasure(c.getType()));
    if (expression instanceof ObjectCreationExpr o) return Optional.of(o.getType().getNameWithScope());
    if (expression instanceof NameExpr n) {
      return expressions.variableType(n, n.getNameAsString()).filter(t -> !t.isVarType()).map(JavaModel::erasure);
    }
    if (expression instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
      return types.enclosing(f).flatMap(t -> expressions.fieldType(t, f.getNameAsString())).map(JavaModel::erasure);
    }
    if (expression instanceof MethodCallExpr call && FACTORY_ENDS.contains(call.getNameAsString())) {
      // LambdaClient.create(), LambdaClient.builder()....build(), AWSLambdaClientBuilder.defaultClient():
      // the type the chain's root names (a builder type stands for what it builds).
      Expression root = call;
      while (root instanceof MethodCallExpr m && m.getScope().isPresent()) root = m.getScope().get();
      if (root == call) return Optional.empty();
      Optional<String> spelled = TypeNames.spelledTypeName(root);
      if (spelled.isEmpty() || expressions.isVariable(root, spelled.get().split("\\.")[0])) return Optional.empty();
      String simple = spelled.get().substring(spelled.get().lastIndexOf('.') + 1);
      if (!Character.isUpperCase(simple.charAt(0))) return Optional.empty();
      return Optional.of(spelled.get().endsWith("ClientBuilder")
          ? spelled.get().substring(0, spelled.get().length() - "Builder".length()) : spelled.get());
    }
    return Optional.empty();
  }

  private static final Set<String> FACTORY_ENDS = Set.of("create", "build", "defaultClient");

  /** {@code Map<String, Object>} → {@code Map}; {@code a.b.C} stays. */
  private static String erasure(com.github.javaparser.ast.type.Type type) {
    if (type instanceof com.github.javaparser.ast.type.ClassOrInterfaceType c) return c.getNameWithScope();
    return type.asString();
  }

  /**
   * True when {@code node} is init code: a field initialiser, an initializer block, a
   * constructor, or a method they call — and not also on an invocation path.
   */
  public boolean isInitCode(Node node) {
    if (isOnInvocationPath(node)) return false;
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof FieldDeclaration || n instanceof InitializerDeclaration || n instanceof ConstructorDeclaration) {
        return true;
      }
      if (n instanceof MethodDeclaration) return false;
    }
    return false;
  }

  private List<Handler> findHandlers(List<HandlerReference> references) {
    Map<String, Handler> found = new java.util.TreeMap<>();
    for (TypeInfo type : types.all()) {
      if (type.isAbstractOrInterface()) continue;
      if (types.implementsInterface(type, REQUEST_HANDLER) || types.implementsInterface(type, REQUEST_STREAM_HANDLER)) {
        types.methods(type, DEFAULT_HANDLER_METHOD, -1).stream().filter(m -> !m.isAbstract()).findFirst()
            .ifPresent(m -> found.putIfAbsent(key(type.source(), type.fqn() + "::" + DEFAULT_HANDLER_METHOD),
                new Handler(type.source(), type.declaration(), m, type.fqn())));
      }
    }
    for (HandlerReference reference : references) {
      resolve(reference).ifPresent(h -> found.putIfAbsent(key(h.source(), h.qualifiedName()), h));
    }
    List<Handler> result = new ArrayList<>(found.values());
    result.sort(Comparator.comparing(Handler::qualifiedName).thenComparing(h -> h.source().file().path()));
    return List.copyOf(result);
  }

  /** Handlers are told apart by file too: several projects may each have {@code com.example.App}. */
  private static String key(JavaSource source, String qualifiedName) {
    return source.file().path() + "#" + qualifiedName;
  }

  /**
   * Callbacks the handler's init code keeps in a field — {@code batchHandler = builder
   * .withHandler(this::processMessage)} — are called when the handler runs, not when they are
   * stored: the methods they name and the lambdas' bodies are on the invocation path.
   */
  private void addStoredCallbacks(Handler handler, TypeInfo runtimeType, Deque<InvocationResolver.Target> work) {
    for (TypeInfo type : types.hierarchy(runtimeType)) {
      List<Node> initCode = new ArrayList<>(type.declaration().getConstructors());
      initCode.addAll(type.declaration().getFields());
      initCode.addAll(type.declaration().findAll(InitializerDeclaration.class, i -> i.getParentNode().orElse(null) == type.declaration()));
      for (Node init : initCode) {
        for (MethodReferenceExpr reference : init.findAll(MethodReferenceExpr.class)) {
          if (isStoredInField(reference, type)) work.addAll(resolver.targets(reference, runtimeType));
        }
        for (LambdaExpr lambda : init.findAll(LambdaExpr.class)) {
          if (!isStoredInField(lambda, type)) continue;
          addTo(storedCallbacks, lambda, handler);
          for (MethodCallExpr call : lambda.findAll(MethodCallExpr.class)) work.addAll(resolver.targets(call, runtimeType));
        }
      }
    }
  }

  /**
   * Calls that run a function they are given right away (streams, {@code Optional}, functional
   * interfaces): a callback passed through one of them is used at init, not kept for later.
   */
  private static final Set<String> EAGER_CALLS = Set.of("toList", "collect", "forEach", "forEachOrdered",
      "reduce", "count", "anyMatch", "allMatch", "noneMatch", "findFirst", "findAny", "min", "max", "sum",
      "toArray", "orElseGet", "ifPresent", "apply", "accept", "get", "run", "call", "test", "computeIfAbsent",
      "compute", "merge", "replaceAll", "removeIf", "sort");

  /** Whether the callback {@code expression} ends up kept in a field of {@code type}, to run later. */
  private boolean isStoredInField(Node expression, TypeInfo type) {
    for (Node n = expression.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof MethodCallExpr call && EAGER_CALLS.contains(call.getNameAsString())) return false;
      if (n instanceof FieldDeclaration) return true;
      if (n instanceof AssignExpr assign) {
        Expression target = assign.getTarget();
        String name = target instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr ? f.getNameAsString()
            : target instanceof NameExpr nameExpr ? nameExpr.getNameAsString() : null;
        return name != null && resolver.expressions().fieldType(type, name).isPresent();
      }
      if (n instanceof com.github.javaparser.ast.stmt.Statement || n instanceof CallableDeclaration<?>) return false;
    }
    return false;
  }

  private static <K> void addTo(Map<K, List<Handler>> map, K key, Handler handler) {
    List<Handler> handlers = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (handlers.stream().noneMatch(h -> h == handler)) handlers.add(handler);
  }

  private void walkInvocationPath(Handler handler) {
    TypeInfo runtimeType = types.of(handler.type()).orElseThrow();
    Deque<InvocationResolver.Target> work = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    work.add(new InvocationResolver.Target(handler.method(), runtimeType));
    addStoredCallbacks(handler, runtimeType, work);
    while (!work.isEmpty()) {
      InvocationResolver.Target target = work.poll();
      String key = System.identityHashCode(target.callable()) + "@" + target.runtimeType().fqn();
      if (!seen.add(key)) continue;
      addTo(onPath, target.callable(), handler);
      for (MethodCallExpr call : target.callable().findAll(MethodCallExpr.class)) {
        work.addAll(resolver.targets(call, target.runtimeType()));
      }
      for (MethodReferenceExpr reference : target.callable().findAll(MethodReferenceExpr.class)) {
        work.addAll(resolver.targets(reference, target.runtimeType()));
      }
      for (ObjectCreationExpr creation : target.callable().findAll(ObjectCreationExpr.class)) {
        types.resolve(creation, creation.getType().getNameWithScope())
            .filter(t -> !t.declaration().equals(handler.type()))
            .ifPresent(t -> {
              addTo(constructedOnPath, t.declaration(), handler);
              // Instance initialisers of a class built per invocation run per invocation too.
              t.declaration().getFields().stream().filter(f -> !f.isStatic())
                  .flatMap(f -> f.findAll(MethodCallExpr.class).stream())
                  .forEach(call -> work.addAll(resolver.targets(call, t)));
            });
        work.addAll(resolver.targets(creation));
      }
    }
  }

  private final java.util.concurrent.ConcurrentHashMap<String, InitCode> initCode = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The handler's init code ({@link InitCode}): what runs once per execution environment, the
   * values it stores in fields and the fields a registered CRaC resource restores. Built once per
   * handler.
   */
  public InitCode initCode(Handler handler) {
    return initCode.computeIfAbsent(key(handler.source(), handler.qualifiedName()),
        k -> new InitCode(this, types, resolver, handler));
  }

  // Types in a handler's signature, resolved through generic base classes (LL105, LL106, LL107).

  /**
   * {@code type}, written in the signature of the handler's method, with a type variable of the
   * class declaring the method replaced by the argument the handler's class hierarchy gives it,
   * however many generic base classes lie between ({@code class Base<I, O> implements
   * RequestHandler<I, O>}, {@code class Mid<I> extends Base<I, Void>}, {@code class Handler
   * extends Mid<SQSEvent>}: {@code I} is the {@code SQSEvent} node of the last). {@code type} itself
   * when it is no type variable; empty when the hierarchy does not say (a raw base class, a type
   * variable of the method or of the handler class itself, a wildcard).
   */
  public Optional<com.github.javaparser.ast.type.Type> concreteType(Handler handler, com.github.javaparser.ast.type.Type type) {
    return HandlerSignatures.concreteType(this, handler, type);
  }

  /**
   * The handler's event parameter — the first parameter of the handler method — with its type
   * resolved through generic base classes ({@link #concreteType}). Empty when the method takes no
   * parameter, when that type is no class type (a primitive, an array) or cannot be resolved, and
   * when the handler class declares several methods of that name taking different first
   * parameters (which one Lambda calls is not told by the sources).
   */
  public Optional<HandlerSignatures.EventParameter> eventParameter(Handler handler) {
    TypeInfo type = types.of(handler.type()).orElse(null);
    if (type == null) return Optional.empty();
    long firstParameterTypes = types.methods(type, handler.method().getNameAsString(), -1).stream()
        .filter(m -> !m.getParameters().isEmpty()).map(m -> m.getParameter(0).getType().asString()).distinct().count();
    if (firstParameterTypes > 1) return Optional.empty();
    return HandlerSignatures.eventParameter(this, handler);
  }

  private final Map<String, List<SharedStateWrite>> sharedStateWrites = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile SharedState sharedState;

  /**
   * The writes to shared state on {@code handler}'s invocation path ({@link SharedStateWrite}):
   * what goes wrong when one handler object serves several requests at once (Lambda Managed
   * Instances). Computed once per handler, in source order.
   */
  public List<SharedStateWrite> sharedStateWrites(Handler handler) {
    SharedState state = sharedState;
    if (state == null) {
      state = sharedState = new SharedState(types, resolver.expressions(), sources, this::isInitCode, this::isOnInvocationPath);
    }
    SharedState finder = state;
    String key = key(handler.source(), handler.qualifiedName());
    List<SharedStateWrite> known = sharedStateWrites.get(key);
    if (known != null) return known;
    List<SharedStateWrite> computed = finder.writes(handler, invocationPathOf(handler), this::pathOf);
    sharedStateWrites.putIfAbsent(key, computed);
    return computed;
  }

  /**
   * The callables on {@code handler}'s invocation path and the callbacks its init code stores, in
   * source order (file, then position).
   */
  List<Node> invocationPathOf(Handler handler) {
    String key = key(handler.source(), handler.qualifiedName());
    List<Node> roots = new ArrayList<>(byHandler().callables().getOrDefault(key, List.of()));
    roots.addAll(byHandler().callbacks().getOrDefault(key, List.of()));
    roots.sort(Comparator.<Node, String>comparing(this::pathOf)
        .thenComparing(n -> n.getBegin().map(p -> p.line).orElse(0))
        .thenComparing(n -> n.getBegin().map(p -> p.column).orElse(0)));
    return roots;
  }

  private volatile Map<CompilationUnit, String> unitPaths;

  /** The scan-relative path of the source file {@code node} is in ("" when not a scanned source). */
  private String pathOf(Node node) {
    Map<CompilationUnit, String> paths = unitPaths;
    if (paths == null) {
      Map<CompilationUnit, String> built = new IdentityHashMap<>();
      for (JavaSource source : sources) built.put(source.unit(), source.file().path());
      paths = unitPaths = built;
    }
    Map<CompilationUnit, String> known = paths;
    return node.findCompilationUnit().map(u -> known.getOrDefault(u, "")).orElse("");
  }

  private final Map<String, HandlerCode> handlerCode = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile EnvironmentReads environmentReads;

  /**
   * Whether {@code node} runs for {@code handler}, at init or per invocation: on its invocation
   * path, in the init code of the handler class and its scanned superclasses and what that code
   * calls or builds, or in the static initialisers of the classes that code uses (see
   * {@link HandlerCode}). Computed once per handler.
   */
  public boolean runsFor(Handler handler, Node node) {
    return reaches(handler, node) || handlerCode(handler).runs(node);
  }

  /**
   * The source files holding code that runs for {@code handler} ({@link #runsFor}): a node of any
   * other file never does, so a rule can ask only the handlers of the file it checks.
   */
  public Set<CompilationUnit> unitsRunFor(Handler handler) {
    Set<CompilationUnit> units = handlerCode(handler).units();
    // what reaches() also accepts: the callbacks the handler's init code stores
    for (Node callback : byHandler().callbacks().getOrDefault(key(handler.source(), handler.qualifiedName()), List.of())) {
      callback.findCompilationUnit().ifPresent(units::add);
    }
    return units;
  }

  private HandlerCode handlerCode(Handler handler) {
    return handlerCode.computeIfAbsent(key(handler.source(), handler.qualifiedName()),
        k -> new HandlerCode(types, resolver, handler, byHandler().callables().getOrDefault(k, List.of())));
  }

  /** Each handler's invocation path and stored callbacks, by handler key. */
  private record PathsByHandler(Map<String, List<CallableDeclaration<?>>> callables, Map<String, List<Node>> callbacks) {}

  private volatile PathsByHandler pathsByHandler;

  /**
   * {@code onPath} and {@code storedCallbacks} turned round once (they say which handlers reach a
   * callable), so asking for one handler's path costs that path, not a walk over every handler's.
   */
  private PathsByHandler byHandler() {
    PathsByHandler result = pathsByHandler;
    if (result == null) {
      Map<String, List<CallableDeclaration<?>>> callables = new HashMap<>();
      onPath.forEach((callable, reaching) -> reaching.stream().map(h -> key(h.source(), h.qualifiedName())).distinct()
          .forEach(k -> callables.computeIfAbsent(k, x -> new ArrayList<>()).add(callable)));
      Map<String, List<Node>> callbacks = new HashMap<>();
      storedCallbacks.forEach((lambda, reaching) -> reaching.stream().map(h -> key(h.source(), h.qualifiedName())).distinct()
          .forEach(k -> callbacks.computeIfAbsent(k, x -> new ArrayList<>()).add(lambda)));
      result = pathsByHandler = new PathsByHandler(callables, callbacks);
    }
    return result;
  }

  /**
   * The reads of environment variables by a name the sources spell out in {@code source}, each
   * with whether it has a fallback for a missing variable ({@link EnvironmentReads}).
   */
  public List<EnvironmentReads.Read> environmentReads(JavaSource source) {
    EnvironmentReads reads = environmentReads;
    if (reads == null) reads = environmentReads = new EnvironmentReads(strings, resolver.expressions(), types, sources);
    return reads.in(source.unit());
  }
}
