package dev.lambdalint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.core.java.TypeIndex.TypeInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The declared types of names and simple expressions, as far as the scanned sources tell:
 * locals, parameters, lambda parameters, fields (also inherited from scanned superclasses),
 * {@code new X()}, casts, and calls of scanned methods. Enough to follow calls through fields and
 * helpers without a full symbol solver.
 */
final class ExpressionTypes {
  private final TypeIndex types;
  /** Per block (by identity: JavaParser nodes compare by content), its declarations by name. */
  private final Map<BlockStmt, Map<String, List<VariableDeclarationExpr>>> declarations = new IdentityHashMap<>();
  private final AtomicLong indexedNodes = new AtomicLong();

  ExpressionTypes(TypeIndex types) {
    this.types = types;
  }

  /** The written type of the variable {@code name} visible at {@code at}. */
  Optional<Type> variableType(Node at, String name) {
    for (Node n = at; n != null; n = n.getParentNode().orElse(null)) {
      Optional<Type> found = declaredIn(n, name);
      if (found.isPresent()) return found;
      if (n instanceof com.github.javaparser.ast.body.TypeDeclaration<?> t) {
        Optional<Type> field = types.of(t).flatMap(info -> fieldType(info, name));
        if (field.isPresent()) return field;
      }
    }
    return Optional.empty();
  }

  /** True when {@code name} at {@code at} is a variable (so not a type name). */
  boolean isVariable(Node at, String name) {
    return variableType(at, name).isPresent();
  }

  Optional<Type> fieldType(TypeInfo type, String name) {
    for (TypeInfo t : types.hierarchy(type)) {
      for (FieldDeclaration field : t.declaration().getFields()) {
        for (VariableDeclarator v : field.getVariables()) {
          if (v.getNameAsString().equals(name)) return Optional.of(v.getType());
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Type> declaredIn(Node n, String name) {
    if (n instanceof CallableDeclaration<?> c) return parameter(c.getParameters(), name);
    if (n instanceof LambdaExpr l) return parameter(l.getParameters(), name).filter(t -> !t.isUnknownType());
    if (n instanceof CatchClause c && c.getParameter().getNameAsString().equals(name)) return Optional.of(c.getParameter().getType());
    if (n instanceof ForEachStmt f) return local(f.getVariable(), name);
    if (n instanceof com.github.javaparser.ast.stmt.TryStmt t) {
      for (Expression r : t.getResources()) {
        if (r instanceof VariableDeclarationExpr v) {
          Optional<Type> found = local(v, name);
          if (found.isPresent()) return found;
        }
      }
    }
    if (n instanceof BlockStmt block) {
      for (VariableDeclarationExpr v : declarationsIn(block).getOrDefault(name, List.of())) {
        Optional<Type> found = local(v, name);
        if (found.isPresent()) return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The local variable declarations whose nearest enclosing block is {@code block}, by name, in
   * source order: indexed once per block, by one walk that stops at nested blocks (they are
   * indexed on their own), so all of a body's blocks together cost one walk of the body. Looking
   * them up again per name made a long method quadratic (issue 18, item 12).
   */
  private Map<String, List<VariableDeclarationExpr>> declarationsIn(BlockStmt block) {
    synchronized (declarations) {
      Map<String, List<VariableDeclarationExpr>> known = declarations.get(block);
      if (known != null) return known;
    }
    Map<String, List<VariableDeclarationExpr>> index = new HashMap<>();
    Deque<Node> stack = new ArrayDeque<>();
    pushChildren(block, stack);
    long visited = 0;
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      visited++;
      if (node instanceof BlockStmt) continue;
      if (node instanceof VariableDeclarationExpr v) {
        for (String name : v.getVariables().stream().map(VariableDeclarator::getNameAsString).distinct().toList()) {
          index.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
        }
      }
      pushChildren(node, stack);
    }
    indexedNodes.addAndGet(visited);
    synchronized (declarations) {
      return declarations.computeIfAbsent(block, b -> index);
    }
  }

  /** Children pushed so that they pop in source order (a pre-order walk, as {@code findAll}). */
  private static void pushChildren(Node node, Deque<Node> stack) {
    List<Node> children = node.getChildNodes();
    for (int i = children.size() - 1; i >= 0; i--) stack.push(children.get(i));
  }

  /** How many nodes the block indexes have visited: tests compare it at two sizes of input. */
  long indexedNodes() {
    return indexedNodes.get();
  }

  private static Optional<Type> parameter(NodeList<Parameter> parameters, String name) {
    return parameters.stream().filter(p -> p.getNameAsString().equals(name)).map(Parameter::getType).findFirst();
  }

  private static Optional<Type> local(VariableDeclarationExpr declaration, String name) {
    for (VariableDeclarator v : declaration.getVariables()) {
      if (!v.getNameAsString().equals(name)) continue;
      if (v.getType().isVarType()) {
        // `var x = new Foo()`: the initializer says what x is.
        return v.getInitializer().filter(Expression::isObjectCreationExpr)
            .map(i -> (Type) i.asObjectCreationExpr().getType());
      }
      return Optional.of(v.getType());
    }
    return Optional.empty();
  }

  /** The scanned type {@code expression} evaluates to, when the sources tell. */
  Optional<TypeInfo> scannedTypeOf(Expression expression, TypeInfo context, InvocationResolver calls) {
    if (expression instanceof EnclosedExpr e) return scannedTypeOf(e.getInner(), context, calls);
    if (expression instanceof CastExpr c) return types.resolve(c, c.getType().asString());
    if (expression instanceof ThisExpr) return Optional.of(context);
    if (expression instanceof ObjectCreationExpr o) return types.resolve(o, o.getType().getNameWithScope());
    if (expression instanceof NameExpr n) {
      Optional<Type> declared = variableType(n, n.getNameAsString());
      if (declared.isPresent()) return types.resolve(n, declared.get().asString());
      return types.resolve(n, n.getNameAsString());
    }
    if (expression instanceof FieldAccessExpr f) {
      if (f.getScope() instanceof ThisExpr) {
        return fieldType(context, f.getNameAsString()).flatMap(t -> types.resolve(f, t.asString()));
      }
      return TypeNames.spelledTypeName(f).flatMap(name -> types.resolve(f, name));
    }
    if (expression instanceof MethodCallExpr m) {
      List<MethodDeclaration> targets = calls.targets(m, context).stream()
          .map(InvocationResolver.Target::callable)
          .filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast).toList();
      if (targets.size() == 1) return types.resolve(targets.get(0), targets.get(0).getType().asString());
    }
    return Optional.empty();
  }
}
