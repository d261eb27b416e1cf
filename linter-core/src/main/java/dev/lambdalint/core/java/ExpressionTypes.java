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
import java.util.List;
import java.util.Optional;

/**
 * The declared types of names and simple expressions, as far as the scanned sources tell:
 * locals, parameters, lambda parameters, fields (also inherited from scanned superclasses),
 * {@code new X()}, casts, and calls of scanned methods. Enough to follow calls through fields and
 * helpers without a full symbol solver.
 */
final class ExpressionTypes {
  private final TypeIndex types;

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

  private static Optional<Type> declaredIn(Node n, String name) {
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
      for (VariableDeclarationExpr v : block.findAll(VariableDeclarationExpr.class, x -> enclosingBlock(x) == block)) {
        Optional<Type> found = local(v, name);
        if (found.isPresent()) return found;
      }
    }
    return Optional.empty();
  }

  private static Node enclosingBlock(Node node) {
    for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof BlockStmt) return n;
    }
    return null;
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
