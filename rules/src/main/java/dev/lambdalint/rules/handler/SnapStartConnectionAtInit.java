package dev.lambdalint.rules.handler;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
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

/**
 * SnapStart is on, and the handler's init code opens a network connection and keeps it in a field:
 * an environment restored from the snapshot, maybe days later, finds the connection closed.
 */
@RuleInfo(
    id = "LL109",
    name = "snapstart-connection-at-init",
    severity = Severity.WARNING,
    category = Category.HANDLER_CODE,
    summary = "Init code of a SnapStart function keeps an open connection that a restored environment finds dead",
    tags = {"correctness", "snapstart", "java"},
    precision = Precision.HIGH)
public final class SnapStartConnectionAtInit implements Rule {

  @Override
  public void checkJava(JavaSource source, LintContext context, FindingSink sink) {
    for (SnapStartInit.Hit hit : SnapStartInit.hits(source, context, SnapStartConnectionAtInit::describe)) {
      sink.report(source.location(hit.expression()), hit.what() + " opens a connection that the init code of "
          + hit.handlerList() + " keeps in field " + hit.stored().field() + ", and SnapStart is on for "
          + hit.functionList() + ": an environment restored from the snapshot finds it closed by the server long ago;"
          + " open it on the invocation path (or use a pool), or reopen it in afterRestore of an org.crac.Resource you register");
    }
  }

  /** What {@code e} is when it opens a single connection (not a pool, not an AWS SDK client); empty otherwise. */
  static Optional<String> describe(Expression e, JavaModel java) {
    if (e instanceof MethodCallExpr call) {
      if (SnapStartInit.isStaticCall(call, java, "java.sql.DriverManager", "getConnection")) {
        return Optional.of(SnapStartInit.callText(call));
      }
      if (call.getNameAsString().equals("getConnection") && call.getScope().isPresent()
          && (call.getArguments().isEmpty() || call.getArguments().size() == 2) && isDataSource(call.getScope().get(), java)) {
        return Optional.of(SnapStartInit.callText(call));
      }
    }
    if (e instanceof ObjectCreationExpr creation && !creation.getArguments().isEmpty()
        && (SnapStartInit.creates(creation, "java.net.Socket") || SnapStartInit.creates(creation, "redis.clients.jedis.Jedis"))) {
      return Optional.of(SnapStartInit.creationText(creation));
    }
    return Optional.empty();
  }

  /** A {@code javax.sql.DataSource}, or a type named like one ({@code HikariDataSource}, {@code PGSimpleDataSource}). */
  private static boolean isDataSource(Expression scope, JavaModel java) {
    List<String> types = java.typeCandidates(scope);
    return types.stream().anyMatch(t -> t.endsWith("DataSource"));
  }
}
