package dev.lambdalint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.lambdalint.core.java.TypeIndex.TypeInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What string a Java expression holds, as far as the sources say for certain: a literal (also
 * through a local variable, a constant or a field assigned once), or the value of an environment
 * variable ({@code System.getenv("TARGET")}). Anything that may hold one of several values is
 * unknown: a guess would name the wrong function in a finding.
 */
final class StringValues {
  private static final int MAX_DEPTH = 12;
  /** Calls that hand back their (first) argument's value unchanged, for our purpose. */
  private static final Set<String> PASS_THROUGH_STATIC = Set.of("requireNonNull", "valueOf");
  private static final Set<String> PASS_THROUGH_INSTANCE = Set.of("strip", "trim", "toString", "intern");

  private final TypeIndex types;
  private final ExpressionTypes expressions;

  StringValues(TypeIndex types, ExpressionTypes expressions) {
    this.types = types;
    this.expressions = expressions;
  }

  StringValue of(Expression expression) {
    return trace(expression, 0);
  }

  private StringValue trace(Expression e, int depth) {
    if (e == null || depth > MAX_DEPTH) return StringValue.UNKNOWN;
    if (e instanceof StringLiteralExpr s) return new StringValue.Literal(s.asString());
    if (e instanceof TextBlockLiteralExpr t) return new StringValue.Literal(t.asString());
    if (e instanceof EnclosedExpr en) return trace(en.getInner(), depth + 1);
    if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      StringValue left = trace(b.getLeft(), depth + 1);
      StringValue right = trace(b.getRight(), depth + 1);
      if (left instanceof StringValue.Literal l && right instanceof StringValue.Literal r) {
        return new StringValue.Literal(l.value() + r.value());
      }
      return StringValue.UNKNOWN;
    }
    if (e instanceof MethodCallExpr call) return traceCall(call, depth);
    if (e instanceof NameExpr n) return traceName(n, depth);
    if (e instanceof FieldAccessExpr f) return traceFieldAccess(f, depth);
    return StringValue.UNKNOWN;
  }

  private StringValue traceCall(MethodCallExpr call, int depth) {
    String name = call.getNameAsString();
    Optional<String> scopeType = call.getScope().flatMap(TypeNames::spelledTypeName)
        .filter(s -> !expressions.isVariable(call, s.split("\\.")[0]));
    if (scopeType.isPresent() && (scopeType.get().equals("System") || scopeType.get().equals("java.lang.System"))
        && name.equals("getenv") && call.getArguments().size() == 1) {
      return trace(call.getArgument(0), depth + 1) instanceof StringValue.Literal l
          ? new StringValue.EnvVariable(l.value()) : StringValue.UNKNOWN;
    }
    if (scopeType.isPresent() && PASS_THROUGH_STATIC.contains(name) && !call.getArguments().isEmpty()
        && (scopeType.get().endsWith("Objects") || scopeType.get().endsWith("String"))) {
      return trace(call.getArgument(0), depth + 1);
    }
    if (call.getScope().isPresent() && scopeType.isEmpty() && PASS_THROUGH_INSTANCE.contains(name)
        && call.getArguments().isEmpty()) {
      return trace(call.getScope().get(), depth + 1);
    }
    return StringValue.UNKNOWN;
  }

  private StringValue traceName(NameExpr name, int depth) {
    String id = name.getNameAsString();
    // A local variable: its initializer, when nothing assigns it again.
    for (Node n = name.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?> || n instanceof LambdaExpr) {
        Optional<VariableDeclarator> local = bodyIndex(n).locals().getOrDefault(id, List.of()).stream()
            .filter(v -> isInScopeAt(v, name)).findFirst();
        if (local.isPresent()) {
          if (bodyIndex(n).assigned().containsKey(id)) return StringValue.UNKNOWN;
          return local.get().getInitializer().map(i -> trace(i, depth + 1)).orElse(StringValue.UNKNOWN);
        }
        if (n instanceof CallableDeclaration<?> c && c.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(id))) {
          return StringValue.UNKNOWN;
        }
      }
    }
    return types.enclosing(name).map(t -> traceField(t, id, depth)).orElse(StringValue.UNKNOWN);
  }

  private StringValue traceFieldAccess(FieldAccessExpr access, int depth) {
    Optional<TypeInfo> owner;
    if (access.getScope() instanceof ThisExpr) {
      owner = types.enclosing(access);
    } else {
      owner = TypeNames.spelledTypeName(access.getScope())
          .filter(s -> !expressions.isVariable(access, s.split("\\.")[0]))
          .flatMap(s -> types.resolve(access, s));
    }
    return owner.map(t -> traceField(t, access.getNameAsString(), depth)).orElse(StringValue.UNKNOWN);
  }

  /** A field's value: its initializer, or the one value init code assigns it. */
  private StringValue traceField(TypeInfo type, String name, int depth) {
    for (TypeInfo t : types.hierarchy(type)) {
      for (FieldDeclaration field : t.declaration().getFields()) {
        for (VariableDeclarator v : field.getVariables()) {
          if (!v.getNameAsString().equals(name)) continue;
          List<AssignExpr> assignments = bodyIndex(t.declaration()).assigned().getOrDefault(name, List.of());
          if (v.getInitializer().isPresent()) {
            return assignments.isEmpty() ? trace(v.getInitializer().get(), depth + 1) : StringValue.UNKNOWN;
          }
          return assignments.size() == 1 ? trace(assignments.get(0).getValue(), depth + 1) : StringValue.UNKNOWN;
        }
      }
    }
    return StringValue.UNKNOWN;
  }

  /** A local declared before {@code use}, in a block that encloses it. */
  private static boolean isInScopeAt(VariableDeclarator local, Node use) {
    if (local.getBegin().isEmpty() || use.getBegin().isEmpty() || !local.getBegin().get().isBefore(use.getBegin().get())) {
      return false;
    }
    Node scope = local.getParentNode().flatMap(Node::getParentNode).orElse(null); // declarator → declaration → its holder
    while (scope != null && !(scope instanceof com.github.javaparser.ast.stmt.BlockStmt)
        && !(scope instanceof com.github.javaparser.ast.stmt.ForStmt)
        && !(scope instanceof com.github.javaparser.ast.stmt.ForEachStmt)
        && !(scope instanceof com.github.javaparser.ast.stmt.TryStmt)
        && !(scope instanceof CallableDeclaration<?>) && !(scope instanceof LambdaExpr)) {
      scope = scope.getParentNode().orElse(null);
    }
    return scope != null && use.isDescendantOf(scope);
  }

  /**
   * What a method, lambda or class body declares and assigns, by name, in source order: the
   * locals (declarators that are not fields) and the assignments to a name or {@code this.name}.
   * Built by one walk per body and kept: searching the body again for every name made a long
   * method quadratic (issue 18, item 12).
   */
  record BodyIndex(Map<String, List<VariableDeclarator>> locals, Map<String, List<AssignExpr>> assigned) {}

  private final Map<Node, BodyIndex> bodies = new IdentityHashMap<>();

  private BodyIndex bodyIndex(Node body) {
    synchronized (bodies) {
      BodyIndex known = bodies.get(body);
      if (known != null) return known;
    }
    Map<String, List<VariableDeclarator>> locals = new HashMap<>();
    Map<String, List<AssignExpr>> assigned = new HashMap<>();
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(body);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node instanceof VariableDeclarator v && !(v.getParentNode().orElse(null) instanceof FieldDeclaration)) {
        locals.computeIfAbsent(v.getNameAsString(), k -> new ArrayList<>()).add(v);
      } else if (node instanceof AssignExpr a) {
        targetName(a.getTarget()).ifPresent(target -> assigned.computeIfAbsent(target, k -> new ArrayList<>()).add(a));
      }
      List<Node> children = node.getChildNodes();
      for (int i = children.size() - 1; i >= 0; i--) stack.push(children.get(i));
    }
    BodyIndex index = new BodyIndex(locals, assigned);
    synchronized (bodies) {
      return bodies.computeIfAbsent(body, b -> index);
    }
  }

  private static Optional<String> targetName(Expression target) {
    if (target instanceof NameExpr n) return Optional.of(n.getNameAsString());
    if (target instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) return Optional.of(f.getNameAsString());
    return Optional.empty();
  }
}
