package dev.lambdalint.core.invoke;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.java.StringValue;
import dev.lambdalint.core.model.Horizon;
import dev.lambdalint.core.model.Nearest;
import dev.lambdalint.core.template.EnvVar;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Template;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Who invokes whom across the whole scan. Nodes are the template functions; there is an edge
 * A → B when code on A's invocation path invokes B: the request names B literally (its
 * {@code FunctionName} or an ARN of it), or reads {@code System.getenv("X")} where A's
 * environment sets {@code X} to {@code !Ref B}, {@code !GetAtt B.Arn} or a {@code !Sub} of them.
 */
public final class InvocationGraph {

  /** A call from one function's code to another function. */
  public record Edge(Function caller, Function callee, LambdaInvocation invocation) {
    public boolean isSynchronous() {
      return invocation.isSynchronous();
    }
  }

  private final Map<JavaSource, List<LambdaInvocation>> invocations = new IdentityHashMap<>();
  private final Map<MethodCallExpr, List<Edge>> edgesAt = new IdentityHashMap<>();
  private final Map<Function, List<Edge>> edgesFrom = new IdentityHashMap<>();

  private final Horizon horizon;

  private InvocationGraph(Horizon horizon) {
    this.horizon = horizon;
  }

  /**
   * Builds the graph.
   *
   * @param handlerOf the handler each function's {@code Handler} names, when it is in the sources
   */
  public static InvocationGraph build(List<Template> templates, JavaModel java,
      BiFunction<Function, JavaModel, Optional<JavaModel.Handler>> handlerOf) {
    return build(templates, java, handlerOf, Horizon.WHOLE);
  }

  /** The graph of one project of a larger run, telling {@code horizon} of names its templates do not declare. */
  public static InvocationGraph build(List<Template> templates, JavaModel java,
      BiFunction<Function, JavaModel, Optional<JavaModel.Handler>> handlerOf, Horizon horizon) {
    InvocationGraph graph = new InvocationGraph(horizon);
    LambdaInvocations finder = new LambdaInvocations(java);
    List<LambdaInvocation> all = new ArrayList<>();
    for (JavaSource source : java.sources()) {
      List<LambdaInvocation> found = finder.in(source);
      if (!found.isEmpty()) graph.invocations.put(source, found);
      all.addAll(found);
    }
    if (all.isEmpty()) return graph;
    List<Function> functions = templates.stream().flatMap(t -> t.functions().stream()).toList();
    for (Function caller : functions) {
      Optional<JavaModel.Handler> handler = handlerOf.apply(caller, java);
      if (handler.isEmpty()) continue;
      for (LambdaInvocation invocation : all) {
        if (!java.reaches(handler.get(), invocation.call())) continue;
        for (Function callee : graph.callees(caller, invocation.target(), functions)) {
          Edge edge = new Edge(caller, callee, invocation);
          graph.edgesAt.computeIfAbsent(invocation.call(), k -> new ArrayList<>()).add(edge);
          graph.edgesFrom.computeIfAbsent(caller, k -> new ArrayList<>()).add(edge);
        }
      }
    }
    return graph;
  }

  /** The SDK Lambda invocations in a source file. */
  public List<LambdaInvocation> invocationsIn(JavaSource source) {
    return invocations.getOrDefault(source, List.of());
  }

  /** The edges an invocation makes: one per calling function whose target resolved. */
  public List<Edge> edgesAt(LambdaInvocation invocation) {
    return edgesAt.getOrDefault(invocation.call(), List.of());
  }

  /**
   * The edges an invocation makes in a stable order (caller's template path, caller, callee): the
   * first one is the edge LL102 names and follows into a chain ({@link #reportedChain}).
   */
  public List<Edge> sortedEdgesAt(LambdaInvocation invocation) {
    return edgesAt(invocation).stream()
        .sorted(Comparator.comparing((Edge e) -> e.caller().template().file().path())
            .thenComparing(e -> e.caller().logicalId()).thenComparing(e -> e.callee().logicalId()))
        .toList();
  }

  /**
   * The synchronous chain LL102 reports for an invocation: the chain its first edge
   * ({@link #sortedEdgesAt}) starts; empty when the invocation's target resolved to no function.
   * A chain of one hop ({@code A → B}) is returned too: callers decide what counts as a chain.
   */
  public Optional<Chain> reportedChain(LambdaInvocation invocation) {
    List<Edge> edges = sortedEdgesAt(invocation);
    return edges.isEmpty() ? Optional.empty() : Optional.of(synchronousChain(edges.get(0)));
  }

  public List<Edge> edgesFrom(Function caller) {
    return edgesFrom.getOrDefault(caller, List.of());
  }

  /**
   * The synchronous chain an edge starts, as functions: {@code A, B, C} when A waits for B and B
   * waits for C. Where the chain comes back to a function already in it, that function is
   * appended once more and {@link Chain#isCycle()} is true. Branches are followed in a stable
   * order (template path, then logical id), the first one only.
   */
  public Chain synchronousChain(Edge edge) {
    List<Function> chain = new ArrayList<>(List.of(edge.caller(), edge.callee()));
    Set<Function> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(edge.caller());
    Function current = edge.callee();
    while (seen.add(current)) {
      Optional<Function> next = edgesFrom(current).stream().filter(Edge::isSynchronous).map(Edge::callee)
          .sorted(FUNCTION_ORDER).findFirst();
      if (next.isEmpty()) return new Chain(chain, false);
      chain.add(next.get());
      current = next.get();
    }
    return new Chain(chain, true);
  }

  /** A synchronous call chain, and whether it loops. */
  public record Chain(List<Function> functions, boolean isCycle) {
    /** {@code A → B → C}. */
    public String render() {
      return String.join(" → ", functions.stream().map(Function::logicalId).toList());
    }

    /** Whether LL102 names it as a chain: a cycle, or two hops or more ({@code A → B → C}). */
    public boolean isReported() {
      return isCycle || functions.size() > 2;
    }
  }

  private static final Comparator<Function> FUNCTION_ORDER = Comparator
      .comparing((Function f) -> f.template().file().path()).thenComparing(Function::logicalId);

  /** The functions an invocation's target may be, from the caller's point of view. */
  private List<Function> callees(Function caller, StringValue target, List<Function> functions) {
    Set<Function> result = new LinkedHashSet<>();
    if (target instanceof StringValue.EnvVariable env) {
      for (EnvVar variable : caller.environment()) {
        if (!variable.name().equals(env.name())) continue;
        Template template = caller.template();
        Optional<Resource> referenced = template.referencedResource(variable.value());
        referenced.flatMap(r -> functionBehind(template, r)).ifPresent(result::add);
        if (referenced.isEmpty()) {
          template.literal(variable.value()).ifPresent(name -> result.addAll(byName(name, caller, functions)));
        }
      }
    } else if (target instanceof StringValue.Literal literal) {
      result.addAll(byName(literal.value(), caller, functions));
    }
    return List.copyOf(result);
  }

  /** A function resource, or the function an alias or version of the template points at. */
  private static Optional<Function> functionBehind(Template template, Resource resource) {
    Optional<Function> direct = template.function(resource.logicalId());
    if (direct.isPresent()) return direct;
    if (resource.isType("AWS::Lambda::Alias", "AWS::Lambda::Version")) {
      return resource.properties().get("FunctionName").flatMap(template::referencedResource)
          .flatMap(r -> template.function(r.logicalId()));
    }
    return Optional.empty();
  }

  /**
   * Functions whose {@code FunctionName} is {@code nameOrArn} (a name, a qualified name, a full or
   * partial ARN). Functions of the caller's own template first; when it has none, those of the
   * templates nearest to it (sharing the longest run of folders: the same project before another
   * one of the repository that deploys a function of the same name).
   */
  private List<Function> byName(String nameOrArn, Function caller, List<Function> functions) {
    String name = functionNameOf(nameOrArn);
    if (name.isEmpty()) return List.of();
    List<Function> named = functions.stream().filter(f -> literalName(f).filter(name::equals).isPresent()).toList();
    List<Function> own = named.stream().filter(f -> f.template() == caller.template()).toList();
    if (!own.isEmpty()) return own;
    Path from = caller.template().file().absolutePath();
    horizon.functionNameLookup(name, from);
    return named.isEmpty() ? named : Nearest.of(named, f -> f.template().file().absolutePath(), from);
  }

  /** The {@code FunctionName} a function declares literally: what an invocation can name it by. */
  public static Optional<String> literalName(Function function) {
    return function.properties().get("FunctionName").flatMap(function.template()::literal);
  }

  /** {@code arn:aws:lambda:eu-west-1:123:function:orders:live} → {@code orders}; {@code orders:live} → {@code orders}. */
  static String functionNameOf(String nameOrArn) {
    String s = nameOrArn.strip();
    int marker = s.indexOf(":function:");
    if (marker >= 0) s = s.substring(marker + ":function:".length());
    int qualifier = s.indexOf(':');
    if (qualifier >= 0) s = s.substring(0, qualifier);
    return s.matches("[A-Za-z0-9_-]{1,140}") ? s : "";
  }
}
