package dev.lambdalint.rules.handler;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An SDK client, HTTP client (the SDK's own too), connection pool or JSON mapper built on the
 * invocation path: paid for again on every invocation — or for every record, inside a loop or a
 * per-record callback — instead of once per execution environment at init.
 */
@RuleInfo(
    id = "LL101",
    name = "client-in-handler",
    severity = Severity.WARNING,
    category = Category.HANDLER_CODE,
    summary = "An SDK client or connection is built on every invocation instead of once at init",
    tags = {"performance", "cold-start", "java"},
    precision = Precision.HIGH)
public final class ClientInHandler implements Rule {

  @Override
  public void checkJava(JavaSource source, LintContext context, FindingSink sink) {
    JavaModel java = context.java();
    List<ClientConstructions.Construction> constructions = Stream.concat(
            source.unit().findAll(MethodCallExpr.class).stream().map(call -> ClientConstructions.of(call, java)),
            source.unit().findAll(ObjectCreationExpr.class).stream().map(ClientConstructions::of))
        .flatMap(Optional::stream)
        .toList();
    constructions.stream()
        .filter(c -> !insideAnother(c, constructions))
        .forEach(c -> java.handlerReaching(c.expression())
            .filter(handler -> !isLazyInitialisation(c.expression()))
            .ifPresent(handler -> sink.report(source.location(c.expression()), c.client()
                + (perRecord(c.expression())
                    ? " is built for every record that " + handler.displayName() + " handles (inside a loop or per-record callback)"
                    : " is built on every invocation of " + handler.displayName())
                + "; create it once in a static field or the constructor")));
  }

  /**
   * An HTTP client built as the argument of an SDK client's builder
   * ({@code S3Client.builder().httpClient(ApacheHttpClient.builder().build()).build()}) is part of
   * that one construction: reported once, as the SDK client.
   */
  private static boolean insideAnother(ClientConstructions.Construction c, List<ClientConstructions.Construction> all) {
    for (ClientConstructions.Construction other : all) {
      if (other != c && other.expression() != c.expression() && c.expression().isDescendantOf(other.expression())) return true;
    }
    return false;
  }

  /** Stream and iteration methods whose lambda runs once per element. */
  /** A method of this class passed as {@code ::name} straight to {@code forEach} or a stream operation. */
  private static boolean isPerElementCallback(MethodDeclaration method) {
    Optional<TypeDeclaration<?>> type = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
    if (type.isEmpty()) return false;
    String name = method.getNameAsString();
    return type.get().findAll(MethodReferenceExpr.class).stream()
        .filter(ref -> ref.getIdentifier().equals(name))
        .filter(ref -> ref.getScope() instanceof ThisExpr || ref.getScope() instanceof com.github.javaparser.ast.expr.TypeExpr)
        .anyMatch(ref -> ref.getParentNode().orElse(null) instanceof MethodCallExpr call
            && call.getArguments().contains(ref) && PER_ELEMENT.contains(call.getNameAsString()));
  }

  private static final Set<String> PER_ELEMENT = Set.of("forEach", "forEachOrdered", "map", "flatMap", "filter",
      "peek", "mapToObj", "mapToInt", "mapToLong", "mapToDouble", "anyMatch", "allMatch", "noneMatch", "reduce",
      "collect", "removeIf", "replaceAll", "computeIfAbsent", "compute", "merge");

  /**
   * Whether the construction runs once per element: inside a {@code for}, {@code while} or
   * {@code do} loop or a lambda given to {@code forEach}/a stream operation in its method, or in a
   * method that its class hands to one of those as a method reference
   * ({@code records.forEach(this::process)}).
   */
  private static boolean perRecord(Expression construction) {
    for (Node n = construction.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof MethodDeclaration method) return isPerElementCallback(method);
      if (n instanceof CallableDeclaration<?> || n instanceof TypeDeclaration<?>) return false;
      if (n instanceof ForStmt || n instanceof ForEachStmt || n instanceof WhileStmt || n instanceof DoStmt) return true;
      if (n instanceof LambdaExpr lambda && lambda.getParentNode().orElse(null) instanceof MethodCallExpr call
          && call.getArguments().contains(lambda) && PER_ELEMENT.contains(call.getNameAsString())) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code if (client == null) client = …}: the field is filled on the first invocation only,
   * which is as good as init.
   */
  private static boolean isLazyInitialisation(Expression construction) {
    Optional<AssignExpr> assignment = construction.getParentNode()
        .filter(AssignExpr.class::isInstance).map(AssignExpr.class::cast)
        .filter(a -> a.getValue() == construction);
    if (assignment.isEmpty()) return false;
    Optional<String> field = fieldName(assignment.get().getTarget());
    if (field.isEmpty()) return false;
    for (Node n = assignment.get(); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof IfStmt ifStmt && checksNull(ifStmt.getCondition(), field.get())) return true;
    }
    return false;
  }

  /** The assigned name when it is a field ({@code client} declared as a field, or {@code this.client}). */
  private static Optional<String> fieldName(Expression target) {
    if (target instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) return Optional.of(f.getNameAsString());
    if (target instanceof NameExpr n) {
      String name = n.getNameAsString();
      for (Node p = n; p != null; p = p.getParentNode().orElse(null)) {
        if (p instanceof TypeDeclaration<?> type) {
          boolean isField = type.getFields().stream().flatMap(f -> f.getVariables().stream())
              .anyMatch(v -> v.getNameAsString().equals(name));
          return isField ? Optional.of(name) : Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static boolean checksNull(Expression condition, String field) {
    return condition.findAll(BinaryExpr.class).stream()
        .filter(b -> b.getOperator() == BinaryExpr.Operator.EQUALS)
        .anyMatch(b -> (b.getRight().isNullLiteralExpr() && names(b.getLeft(), field))
            || (b.getLeft().isNullLiteralExpr() && names(b.getRight(), field)));
  }

  private static boolean names(Expression e, String field) {
    return (e instanceof NameExpr n && n.getNameAsString().equals(field))
        || (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr && f.getNameAsString().equals(field));
  }
}
