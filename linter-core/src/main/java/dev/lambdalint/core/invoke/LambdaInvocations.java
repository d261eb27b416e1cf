package dev.lambdalint.core.invoke;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.lambdalint.core.invoke.LambdaInvocation.Mode;
import dev.lambdalint.core.invoke.LambdaInvocation.Sdk;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.java.StringValue;
import dev.lambdalint.core.java.TypeNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds Lambda invocations through the AWS SDK by the receiver's type, never by variable name:
 * SDK v2 {@code LambdaClient.invoke} / {@code LambdaAsyncClient.invoke}, SDK v1
 * {@code AWSLambda.invoke} / {@code AWSLambdaAsync.invokeAsync}. The request is followed back to
 * where it is built ({@code InvokeRequest.builder()…build()}, {@code new InvokeRequest().with…},
 * a consumer lambda, setters on a request variable) to read its invocation type and target.
 */
public final class LambdaInvocations {
  private static final String V2_PACKAGE = "software.amazon.awssdk.services.lambda.";
  private static final String V2_SYNC = V2_PACKAGE + "LambdaClient";
  private static final String V2_ASYNC = V2_PACKAGE + "LambdaAsyncClient";
  private static final String V1_PACKAGE = "com.amazonaws.services.lambda.";
  private static final Set<String> V1_SYNC = Set.of(V1_PACKAGE + "AWSLambda", V1_PACKAGE + "AWSLambdaClient");
  private static final Set<String> V1_ASYNC = Set.of(V1_PACKAGE + "AWSLambdaAsync", V1_PACKAGE + "AWSLambdaAsyncClient");
  /** Calls that block until a future completes. */
  private static final Set<String> WAITS = Set.of("join", "get");

  private final JavaModel java;

  public LambdaInvocations(JavaModel java) {
    this.java = java;
  }

  /** Every SDK Lambda invocation in {@code source}, in source order. */
  public List<LambdaInvocation> in(JavaSource source) {
    List<LambdaInvocation> result = new ArrayList<>();
    for (MethodCallExpr call : source.unit().findAll(MethodCallExpr.class)) {
      if (call.getArguments().size() != 1 || call.getScope().isEmpty()) continue;
      String name = call.getNameAsString();
      if (!name.equals("invoke") && !name.equals("invokeAsync")) continue;
      classify(source, call).ifPresent(result::add);
    }
    return result;
  }

  private Optional<LambdaInvocation> classify(JavaSource source, MethodCallExpr call) {
    List<String> receiver = java.typeCandidates(call.getScope().get());
    boolean invoke = call.getNameAsString().equals("invoke");
    Sdk sdk;
    boolean async;
    if (invoke && receiver.contains(V2_SYNC)) {
      sdk = Sdk.V2;
      async = false;
    } else if (invoke && receiver.contains(V2_ASYNC)) {
      sdk = Sdk.V2;
      async = true;
    } else if (invoke && receiver.stream().anyMatch(t -> V1_SYNC.contains(t) || V1_ASYNC.contains(t))) {
      sdk = Sdk.V1; // AWSLambdaAsync.invoke blocks like AWSLambda.invoke
      async = false;
    } else if (!invoke && receiver.stream().anyMatch(V1_ASYNC::contains)) {
      sdk = Sdk.V1;
      async = true;
    } else {
      return Optional.empty();
    }
    Request request = readRequest(call.getArgument(0), sdk);
    Mode mode = request.mode();
    if (async && mode == Mode.SYNCHRONOUS && !isWaitedFor(call)) mode = Mode.ASYNCHRONOUS;
    return Optional.of(new LambdaInvocation(source, call, sdk, mode, request.target()));
  }

  /** What the request says: its invocation type and function name. */
  private record Request(Mode mode, StringValue target) {
    static final Request UNKNOWN = new Request(Mode.UNKNOWN, StringValue.UNKNOWN);
  }

  private Request readRequest(Expression argument, Sdk sdk) {
    Expression request = unwrap(argument);
    List<MethodCallExpr> settings = new ArrayList<>();
    if (request instanceof LambdaExpr lambda && sdk == Sdk.V2) {
      // invoke(r -> r.functionName(…).invocationType(…)): the consumer configures the builder.
      settings.addAll(lambda.getBody().findAll(MethodCallExpr.class));
    } else if (request instanceof NameExpr variable) {
      Optional<Expression> built = localInitializer(variable);
      if (built.isEmpty()) return Request.UNKNOWN;
      if (!collectChain(built.get(), settings)) return Request.UNKNOWN;
      settings.addAll(callsOn(variable));
      chainRoot(built.get()).filter(NameExpr.class::isInstance).map(NameExpr.class::cast)
          .ifPresent(builder -> settings.addAll(callsOn(builder)));
    } else if (!collectChain(request, settings)) {
      return Request.UNKNOWN;
    }
    Mode mode = Mode.SYNCHRONOUS; // Lambda's default invocation type is RequestResponse
    StringValue target = StringValue.UNKNOWN;
    for (MethodCallExpr setting : settings) {
      if (setting.getArguments().size() != 1) continue;
      String name = setting.getNameAsString();
      if (name.equals("invocationType") || name.equals("withInvocationType") || name.equals("setInvocationType")) {
        mode = invocationType(setting.getArgument(0));
      } else if (name.equals("functionName") || name.equals("withFunctionName") || name.equals("setFunctionName")) {
        target = java.stringValue(setting.getArgument(0));
      }
    }
    return new Request(mode, target);
  }

  /**
   * Collects the calls of a request-building chain ({@code InvokeRequest.builder().a().b().build()},
   * {@code new InvokeRequest().withA()}); false when the expression is not such a chain.
   */
  private boolean collectChain(Expression expression, List<MethodCallExpr> into) {
    Expression e = unwrap(expression);
    while (e instanceof MethodCallExpr call) {
      into.add(call);
      if (call.getScope().isEmpty()) return false;
      e = unwrap(call.getScope().get());
    }
    if (e instanceof ObjectCreationExpr creation) return creation.getType().getNameAsString().equals("InvokeRequest");
    if (e instanceof NameExpr name) {
      // InvokeRequest.builder() (the type), or a request/builder variable configured elsewhere.
      return name.getNameAsString().equals("InvokeRequest") || java.typeCandidates(name).stream()
          .anyMatch(t -> t.endsWith(".InvokeRequest") || t.endsWith(".InvokeRequest.Builder"));
    }
    return TypeNames.spelledTypeName(e).map(s -> s.endsWith("InvokeRequest")).orElse(false);
  }

  private static Optional<Expression> chainRoot(Expression expression) {
    Expression e = unwrap(expression);
    while (e instanceof MethodCallExpr call && call.getScope().isPresent()) e = unwrap(call.getScope().get());
    return Optional.of(e);
  }

  /** Calls made on a local variable in its method: {@code request.setInvocationType(…)}. */
  private List<MethodCallExpr> callsOn(NameExpr variable) {
    return enclosingCallable(variable).map(c -> body(c).callsOn().getOrDefault(variable.getNameAsString(), List.of()))
        .orElse(List.of());
  }

  /** The initializer of a local variable assigned nowhere else; empty for parameters and fields. */
  private Optional<Expression> localInitializer(NameExpr variable) {
    Optional<Node> callable = enclosingCallable(variable);
    if (callable.isEmpty()) return Optional.empty();
    String name = variable.getNameAsString();
    Body body = body(callable.get());
    VariableDeclarator declarator = body.declared().get(name);
    if (declarator == null || body.assigned().contains(name)) return Optional.empty();
    return declarator.getInitializer();
  }

  /**
   * A method's or lambda's calls on each name, first declarator of each name and names assigned,
   * in source order: one walk per body, kept for the run. Searching the body again for every
   * invoke made a method of many invokes quadratic (1,000 / 4,000 invokes: 8.7 / 142 s).
   */
  private record Body(Map<String, List<MethodCallExpr>> callsOn, Map<String, VariableDeclarator> declared,
      Set<String> assigned) {}

  private final Map<Node, Body> bodies = new IdentityHashMap<>();
  /** Nodes the body indexes have visited: tests compare it at two sizes of input. */
  private long indexedNodes;

  long indexedNodes() {
    synchronized (bodies) {
      return indexedNodes;
    }
  }

  private Body body(Node callable) {
    synchronized (bodies) {
      Body known = bodies.get(callable);
      if (known != null) return known;
    }
    Map<String, List<MethodCallExpr>> calls = new HashMap<>();
    Map<String, VariableDeclarator> declared = new HashMap<>();
    Set<String> assigned = new HashSet<>();
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(callable);
    long visited = 0;
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      visited++;
      if (node instanceof MethodCallExpr m && m.getScope().orElse(null) instanceof NameExpr n) {
        calls.computeIfAbsent(n.getNameAsString(), k -> new ArrayList<>()).add(m);
      } else if (node instanceof VariableDeclarator v) {
        declared.putIfAbsent(v.getNameAsString(), v);
      } else if (node instanceof AssignExpr a && a.getTarget() instanceof NameExpr n) {
        assigned.add(n.getNameAsString());
      }
      List<Node> children = node.getChildNodes();
      for (int k = children.size() - 1; k >= 0; k--) stack.push(children.get(k));
    }
    Body body = new Body(calls, declared, assigned);
    synchronized (bodies) {
      indexedNodes += visited;
      return bodies.computeIfAbsent(callable, c -> body);
    }
  }

  private static Optional<Node> enclosingCallable(Node node) {
    for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?> || n instanceof LambdaExpr) return Optional.of(n);
    }
    return Optional.empty();
  }

  private Mode invocationType(Expression value) {
    Expression e = unwrap(value);
    String spelled = null;
    if (e instanceof FieldAccessExpr f) {
      spelled = f.getNameAsString(); // InvocationType.EVENT (v2) / InvocationType.Event (v1)
    } else if (e instanceof NameExpr n && isStaticallyImportedConstant(n)) {
      spelled = n.getNameAsString();
    } else if (e instanceof MethodCallExpr m && m.getNameAsString().equals("fromValue") && m.getArguments().size() == 1
        && m.getArgument(0) instanceof StringLiteralExpr s) {
      spelled = s.asString();
    } else if (java.stringValue(e) instanceof StringValue.Literal literal) {
      spelled = literal.value();
    }
    if (spelled == null) return Mode.UNKNOWN;
    return switch (spelled.replace("_", "").toLowerCase(Locale.ROOT)) {
      case "requestresponse" -> Mode.SYNCHRONOUS;
      case "event" -> Mode.ASYNCHRONOUS;
      case "dryrun" -> Mode.DRY_RUN;
      default -> Mode.UNKNOWN;
    };
  }

  private static boolean isStaticallyImportedConstant(NameExpr name) {
    return name.findCompilationUnit().map(u -> u.getImports().stream().anyMatch(i -> i.isStatic()
        && (i.getNameAsString().endsWith("InvocationType." + name.getNameAsString())
            || (i.isAsterisk() && i.getNameAsString().endsWith("InvocationType"))))).orElse(false);
  }

  /**
   * Whether the caller blocks on an async invocation's future: {@code .join()}/{@code .get()} on the
   * call itself, or on the local variable it is stored in.
   */
  private static boolean isWaitedFor(MethodCallExpr call) {
    Node parent = call.getParentNode().orElse(null);
    while (parent instanceof EnclosedExpr) parent = parent.getParentNode().orElse(null);
    if (parent instanceof MethodCallExpr next && next.getScope().orElse(null) != null
        && unwrap(next.getScope().get()) == call) {
      return WAITS.contains(next.getNameAsString());
    }
    if (parent instanceof VariableDeclarator declarator) {
      String name = declarator.getNameAsString();
      return enclosingCallable(call).map(c -> !c.findAll(MethodCallExpr.class, m -> WAITS.contains(m.getNameAsString())
          && m.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals(name)).isPresent()).isEmpty())
          .orElse(false);
    }
    return false;
  }

  private static Expression unwrap(Expression e) {
    while (e instanceof EnclosedExpr enclosed) e = enclosed.getInner();
    return e;
  }
}
