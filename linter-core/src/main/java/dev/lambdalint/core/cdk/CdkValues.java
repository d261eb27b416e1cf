package dev.lambdalint.core.cdk;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a Java expression of a CDK file comes to at synth time, when the file alone tells: literals,
 * {@code static final} constants and fields assigned once, local variables assigned once, string
 * concatenation of those, {@code Duration.seconds(n)}, enum constants. A method parameter, a call,
 * {@code System.getenv}, anything assigned twice is unknowable: never guessed.
 */
final class CdkValues {
  private static final int MAX_DEPTH = 16;

  /**
   * The single expression {@code name} stands for where {@code at} reads it: the initializer of a
   * local assigned once in the enclosing method, else of a field of the enclosing class assigned
   * once (by its initializer or one assignment); empty for parameters and names assigned twice.
   */
  Optional<Expression> definition(String name, Node at) {
    // locals and parameters of the enclosing bodies, innermost first
    for (Node scope = at.getParentNode().orElse(null); scope != null; scope = scope.getParentNode().orElse(null)) {
      if (scope instanceof CallableDeclaration<?> || scope instanceof LambdaExpr || scope instanceof InitializerDeclaration) {
        if (scope instanceof CallableDeclaration<?> c && c.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) {
          return Optional.empty();
        }
        if (scope instanceof LambdaExpr l && l.getParameters().stream().map(Parameter::getNameAsString).anyMatch(name::equals)) {
          return Optional.empty();
        }
        List<VariableDeclarator> locals = scope.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name)
            && !(v.getParentNode().orElse(null) instanceof FieldDeclaration));
        if (!locals.isEmpty()) return locals.size() == 1 ? single(locals.get(0), scope) : Optional.empty();
      }
      if (scope instanceof TypeDeclaration<?> type) {
        for (FieldDeclaration field : type.getFields()) {
          for (VariableDeclarator v : field.getVariables()) {
            if (v.getNameAsString().equals(name)) return single(v, type);
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The one value {@code v} holds in {@code scope}: its initializer when never assigned, else its only assignment. */
  private static Optional<Expression> single(VariableDeclarator v, Node scope) {
    String name = v.getNameAsString();
    List<AssignExpr> assigned = new ArrayList<>(scope.findAll(AssignExpr.class, a -> targets(a.getTarget(), name)));
    // i++ in a loop: never one value
    boolean stepped = !scope.findAll(UnaryExpr.class, u -> (u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
        || u.getOperator() == UnaryExpr.Operator.POSTFIX_DECREMENT || u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
        || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT) && targets(u.getExpression(), name)).isEmpty();
    if (stepped) return Optional.empty();
    if (v.getInitializer().isPresent()) return assigned.isEmpty() ? v.getInitializer() : Optional.empty();
    if (assigned.size() == 1 && assigned.get(0).getOperator() == AssignExpr.Operator.ASSIGN) return Optional.of(assigned.get(0).getValue());
    return Optional.empty();
  }

  private static boolean targets(Expression target, String name) {
    if (target instanceof NameExpr n) return n.getNameAsString().equals(name);
    return target instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr && f.getNameAsString().equals(name);
  }

  /** {@code e} with names followed to what they were assigned, as far as that is single. */
  Expression deref(Expression e) {
    Expression current = e;
    for (int i = 0; i < MAX_DEPTH; i++) {
      current = strip(current);
      Optional<String> name = simpleName(current);
      if (name.isEmpty()) return current;
      Optional<Expression> def = definition(name.get(), current);
      if (def.isEmpty()) return current;
      current = def.get();
    }
    return current;
  }

  /** The variable a name or {@code this.name} reads. */
  static Optional<String> simpleName(Expression e) {
    if (e instanceof NameExpr n) return Optional.of(n.getNameAsString());
    if (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) return Optional.of(f.getNameAsString());
    return Optional.empty();
  }

  static Expression strip(Expression e) {
    Expression current = e;
    while (current instanceof EnclosedExpr || current instanceof CastExpr) {
      current = current instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) current).getExpression();
    }
    return current;
  }

  /** A String, Long, Double or Boolean the expression is known to be; empty when unknowable. */
  Optional<Object> constant(Expression e) {
    return constant(e, 0);
  }

  private Optional<Object> constant(Expression e, int depth) {
    if (depth > MAX_DEPTH) return Optional.empty();
    Expression x = strip(e);
    if (x instanceof StringLiteralExpr s) return Optional.of(s.asString());
    if (x instanceof TextBlockLiteralExpr t) return Optional.of(t.asString());
    if (x instanceof CharLiteralExpr c) return Optional.of(c.asChar() + "");
    if (x instanceof BooleanLiteralExpr b) return Optional.of(b.getValue());
    if (x instanceof IntegerLiteralExpr i) return number(() -> i.asNumber().longValue());
    if (x instanceof LongLiteralExpr l) return number(() -> l.asNumber().longValue());
    if (x instanceof DoubleLiteralExpr d) return number(d::asDouble);
    if (x instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
      return constant(u.getExpression(), depth + 1).flatMap(v -> v instanceof Long l ? Optional.of((Object) (-l))
          : v instanceof Double d ? Optional.of((Object) (-d)) : Optional.empty());
    }
    if (x instanceof BinaryExpr b) {
      Optional<Object> left = constant(b.getLeft(), depth + 1);
      Optional<Object> right = constant(b.getRight(), depth + 1);
      if (left.isEmpty() || right.isEmpty()) return Optional.empty();
      Object l = left.get();
      Object r = right.get();
      if (b.getOperator() == BinaryExpr.Operator.PLUS) {
        if (l instanceof String || r instanceof String) return Optional.of(text(l) + text(r));
        if (l instanceof Long a && r instanceof Long c) return Optional.of(a + c);
      }
      if (b.getOperator() == BinaryExpr.Operator.MULTIPLY && l instanceof Long a && r instanceof Long c) return Optional.of(a * c);
      return Optional.empty();
    }
    if (x instanceof MethodCallExpr call && call.getArguments().size() == 1 && call.getScope().isPresent()
        && call.getScope().get().toString().equals("String") && call.getNameAsString().equals("valueOf")) {
      return constant(call.getArgument(0), depth + 1).map(CdkValues::text);
    }
    Optional<String> name = simpleName(x);
    if (name.isEmpty() && x instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr) name = Optional.of(f.getNameAsString());
    if (name.isEmpty()) return Optional.empty();
    Optional<Expression> def = definition(name.get(), x);
    return def.flatMap(d -> constant(d, depth + 1));
  }

  private static String text(Object v) {
    if (v instanceof Double d && d == Math.rint(d)) return Long.toString(d.longValue()) + ".0";
    return String.valueOf(v);
  }

  private static Optional<Object> number(java.util.function.Supplier<Object> read) {
    try {
      return Optional.of(read.get());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  Optional<String> string(Expression e) {
    return constant(e).filter(v -> v instanceof String).map(v -> (String) v);
  }

  Optional<Long> integer(Expression e) {
    return constant(e).flatMap(v -> v instanceof Long l ? Optional.of(l)
        : v instanceof Double d && d == Math.rint(d) ? Optional.of(d.longValue()) : Optional.empty());
  }

  Optional<Boolean> bool(Expression e) {
    return constant(e).filter(v -> v instanceof Boolean).map(v -> (Boolean) v);
  }

  /**
   * A {@code Duration.seconds(n)} / {@code millis} / {@code minutes} / {@code hours} / {@code days}
   * in whole seconds; empty when unknowable (or not whole seconds).
   */
  Optional<Long> seconds(Expression e) {
    Expression x = deref(e);
    if (!(x instanceof MethodCallExpr call) || call.getArguments().size() != 1 || call.getScope().isEmpty()) return Optional.empty();
    String scope = call.getScope().get().toString();
    if (!scope.equals("Duration") && !scope.endsWith(".Duration")) return Optional.empty();
    Optional<Long> n = integer(call.getArgument(0));
    if (n.isEmpty()) return Optional.empty();
    long v = n.get();
    return switch (call.getNameAsString()) {
      case "seconds" -> Optional.of(v);
      case "minutes" -> Optional.of(v * 60);
      case "hours" -> Optional.of(v * 3600);
      case "days" -> Optional.of(v * 86400);
      case "millis" -> v % 1000 == 0 ? Optional.of(v / 1000) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /** {@code Size.mebibytes(n)} / {@code gibibytes(n)} in MiB. */
  Optional<Long> mebibytes(Expression e) {
    Expression x = deref(e);
    if (!(x instanceof MethodCallExpr call) || call.getArguments().size() != 1 || call.getScope().isEmpty()) return Optional.empty();
    String scope = call.getScope().get().toString();
    if (!scope.equals("Size") && !scope.endsWith(".Size")) return Optional.empty();
    Optional<Long> n = integer(call.getArgument(0));
    return switch (call.getNameAsString()) {
      case "mebibytes" -> n;
      case "gibibytes" -> n.map(v -> v * 1024);
      default -> Optional.empty();
    };
  }

  /** The constant of enum-like type {@code type} the expression names ({@code Runtime.JAVA_21} → JAVA_21). */
  Optional<String> enumConstant(Expression e, String type) {
    Expression x = deref(e);
    if (x instanceof FieldAccessExpr f) {
      String scope = f.getScope().toString();
      if (scope.equals(type) || scope.endsWith("." + type)) return Optional.of(f.getNameAsString());
    }
    return Optional.empty();
  }

  /** A scalar draft of a known value, or an unknowable one. */
  Draft scalar(Expression e, TextRange at) {
    Optional<Object> v = constant(e);
    if (v.isEmpty() || v.get() instanceof Double) {
      if (v.isPresent()) return new Draft.DScalar(text(v.get()), v.get(), at);
      return Draft.unknowable(e.toString(), at);
    }
    Object value = v.get();
    return new Draft.DScalar(String.valueOf(value), value, at);
  }

  static TextRange range(Node node) {
    return JavaSource.rangeOf(node);
  }
}
