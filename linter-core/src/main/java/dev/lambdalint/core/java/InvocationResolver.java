package dev.lambdalint.core.java;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import dev.lambdalint.core.java.TypeIndex.TypeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which scanned methods a call may run. Unqualified and {@code this.} calls are looked up from the
 * runtime class (so an abstract base's {@code handleRequest} reaches the subclass's overrides),
 * {@code super.} calls from the superclass, other calls through the receiver's declared type.
 * Calls whose target cannot be told from the sources resolve to nothing: a guess would put
 * unrelated code on the invocation path.
 */
final class InvocationResolver {

  /** A method or constructor to run, and the runtime class its unqualified calls resolve in. */
  record Target(CallableDeclaration<?> callable, TypeInfo runtimeType) {}

  private final TypeIndex types;
  private final ExpressionTypes expressions;

  InvocationResolver(TypeIndex types) {
    this.types = types;
    this.expressions = new ExpressionTypes(types);
  }

  ExpressionTypes expressions() {
    return expressions;
  }

  List<Target> targets(MethodCallExpr call, TypeInfo runtimeType) {
    String name = call.getNameAsString();
    int arity = call.getArguments().size();
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty() || scope.get() instanceof ThisExpr) {
      List<Target> own = in(runtimeType, name, arity);
      if (!own.isEmpty() || scope.isPresent()) return own;
      // An inner or nested class calling a method of its enclosing class.
      return types.enclosing(call)
          .flatMap(declaring -> declaring.declaration().getParentNode())
          .flatMap(types::enclosing)
          .map(outer -> in(outer, name, arity)).orElse(List.of());
    }
    if (scope.get() instanceof SuperExpr) {
      return types.enclosing(call).flatMap(types::superclass).map(s -> in(s, name, arity)).orElse(List.of());
    }
    if (scope.get() instanceof NameExpr n && !expressions.isVariable(n, n.getNameAsString())) {
      return types.resolve(n, n.getNameAsString()).map(t -> in(t, name, arity)).orElse(List.of());
    }
    return expressions.scannedTypeOf(scope.get(), runtimeType, this).map(t -> in(t, name, arity)).orElse(List.of());
  }

  List<Target> targets(ObjectCreationExpr creation) {
    return types.resolve(creation, creation.getType().getNameWithScope())
        .map(t -> types.constructors(t, creation.getArguments().size()).stream()
            .map(c -> new Target(c, t)).toList())
        .orElse(List.of());
  }

  List<Target> targets(MethodReferenceExpr reference, TypeInfo runtimeType) {
    String name = reference.getIdentifier();
    Expression scope = reference.getScope();
    Optional<TypeInfo> owner;
    if (scope instanceof ThisExpr) {
      owner = Optional.of(runtimeType);
    } else if (scope instanceof TypeExpr t) {
      owner = types.resolve(t, t.getType().asString());
    } else if (scope instanceof NameExpr n && !expressions.isVariable(n, n.getNameAsString())) {
      owner = types.resolve(n, n.getNameAsString());
    } else {
      owner = expressions.scannedTypeOf(scope, runtimeType, this);
    }
    return owner.map(t -> in(t, name, -1)).orElse(List.of());
  }

  private List<Target> in(TypeInfo type, String name, int arity) {
    List<Target> result = new ArrayList<>();
    for (var method : types.methods(type, name, arity)) result.add(new Target(method, type));
    return result;
  }
}
