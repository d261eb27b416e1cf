package dev.lambdalint.core.java;

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
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
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
   * ({@code handleRequest}), looked for under {@code codeDirectory} when the function has one.
   */
  public record HandlerReference(String handler, Path codeDirectory) {
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
  private final List<Handler> handlers;
  /** Callables on some invocation path, each with the first handler (in handler order) reaching it. */
  private final Map<CallableDeclaration<?>, Handler> onPath = new IdentityHashMap<>();
  /** Types instantiated on some invocation path: their instance initialisers run per invocation too. */
  private final Map<TypeDeclaration<?>, Handler> constructedOnPath = new IdentityHashMap<>();
  /** Lambdas the handler's init code stores in a field: callbacks that run per invocation. */
  private final Map<LambdaExpr, Handler> storedCallbacks = new IdentityHashMap<>();

  private JavaModel(List<JavaSource> sources, List<HandlerReference> references) {
    this.sources = List.copyOf(sources);
    this.types = new TypeIndex(this.sources);
    this.resolver = new InvocationResolver(types);
    this.handlers = findHandlers(references);
    for (Handler h : handlers) walkInvocationPath(h);
  }

  public static JavaModel build(List<JavaSource> sources, List<HandlerReference> references) {
    return new JavaModel(sources, references);
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
    return findClass(reference.className(), reference.codeDirectory()).flatMap(type ->
        types.methods(type, reference.methodName(), -1).stream().findFirst()
            .map(m -> new Handler(type.source(), type.declaration(), m, type.fqn())));
  }

  /** Whether a class of that name is declared in the scanned sources (under {@code codeDirectory} when given). */
  public Optional<TypeInfoView> findClassView(String fqn, Path codeDirectory) {
    return findClass(fqn, codeDirectory).map(t -> new TypeInfoView(t.source(), t.declaration(), t.fqn()));
  }

  /** A scanned type, as rules see it. */
  public record TypeInfoView(JavaSource source, TypeDeclaration<?> declaration, String fqn) {}

  private Optional<TypeInfo> findClass(String fqn, Path codeDirectory) {
    // Lambda names nested classes with '$'; sources spell them with '.'.
    List<TypeInfo> types = this.types.all(fqn.replace('$', '.'));
    if (codeDirectory == null) return types.stream().findFirst();
    Path dir = codeDirectory.toAbsolutePath().normalize();
    return types.stream().filter(t -> t.source().file().absolutePath().startsWith(dir)).findFirst();
  }

  /** True when {@code node} runs on some handler's invocation path (per invocation, not once at init). */
  public boolean isOnInvocationPath(Node node) {
    return handlerReaching(node).isPresent();
  }

  /** The handler whose invocation path runs {@code node}, the first in handler order when several do. */
  public Optional<Handler> handlerReaching(Node node) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?> c && onPath.containsKey(c)) return Optional.of(onPath.get(c));
      if (n instanceof LambdaExpr l && storedCallbacks.containsKey(l)) return Optional.of(storedCallbacks.get(l));
      if (n instanceof FieldDeclaration f && !f.isStatic()) return instanceInitialiserReach(f);
      if (n instanceof InitializerDeclaration i && !i.isStatic()) return instanceInitialiserReach(i);
    }
    return Optional.empty();
  }

  private Optional<Handler> instanceInitialiserReach(Node member) {
    return member.getParentNode().filter(TypeDeclaration.class::isInstance)
        .map(t -> constructedOnPath.get((TypeDeclaration<?>) t));
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
          storedCallbacks.putIfAbsent(lambda, handler);
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
      onPath.putIfAbsent(target.callable(), handler);
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
              constructedOnPath.putIfAbsent(t.declaration(), handler);
              // Instance initialisers of a class built per invocation run per invocation too.
              t.declaration().getFields().stream().filter(f -> !f.isStatic())
                  .flatMap(f -> f.findAll(MethodCallExpr.class).stream())
                  .forEach(call -> work.addAll(resolver.targets(call, t)));
            });
        work.addAll(resolver.targets(creation));
      }
    }
  }
}
