package dev.lambdalint.rules.handler;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
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

/**
 * SnapStart is on, and the handler's init code keeps in a field a value that must differ per
 * execution environment — a random generator's seed, a random value, a UUID, the time — which
 * every environment restored from the one snapshot then shares.
 */
@RuleInfo(
    id = "LL108",
    name = "snapstart-unique-value-at-init",
    severity = Severity.WARNING,
    category = Category.HANDLER_CODE,
    summary = "Init code of a SnapStart function stores a random value, UUID or time that every restored environment shares",
    tags = {"correctness", "snapstart", "java"},
    precision = Precision.HIGH)
public final class SnapStartUniqueValueAtInit implements Rule {
  private static final List<String> TIME_TYPES = List.of("java.time.Instant", "java.time.LocalDateTime",
      "java.time.LocalDate", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
      "java.time.OffsetTime");
  private static final List<String> RANDOM_TYPES = List.of("java.util.Random", "java.security.SecureRandom",
      "java.util.SplittableRandom", "java.util.concurrent.ThreadLocalRandom");
  private static final Set<String> DRAWS = Set.of("nextInt", "nextLong", "nextDouble", "nextFloat", "nextBoolean",
      "nextGaussian", "ints", "longs", "doubles");

  @Override
  public void checkJava(JavaSource source, LintContext context, FindingSink sink) {
    for (SnapStartInit.Hit hit : SnapStartInit.hits(source, context, SnapStartUniqueValueAtInit::describe)) {
      sink.report(source.location(hit.expression()), hit.what() + " is kept in field " + hit.stored().field()
          + " by the init code of " + hit.handlerList() + ", and SnapStart is on for " + hit.functionList()
          + ": every execution environment restored from the snapshot shares this value; compute it on the"
          + " invocation path, or set it again in afterRestore of an org.crac.Resource you register");
    }
  }

  /** What {@code e} is when it yields a value that must differ per environment; empty otherwise. */
  static Optional<String> describe(Expression e, JavaModel java) {
    if (e instanceof MethodCallExpr call) {
      if (SnapStartInit.isStaticCall(call, java, "java.util.UUID", "randomUUID")
          || SnapStartInit.isStaticCall(call, java, "java.lang.Math", "random")
          || SnapStartInit.isStaticCall(call, java, "java.lang.StrictMath", "random")) {
        return Optional.of(SnapStartInit.callText(call) + " (a random value)");
      }
      if (SnapStartInit.isStaticCall(call, java, "java.lang.System", "currentTimeMillis")
          || SnapStartInit.isStaticCall(call, java, "java.lang.System", "nanoTime")
          || TIME_TYPES.stream().anyMatch(t -> SnapStartInit.isStaticCall(call, java, t, "now"))) {
        return Optional.of(SnapStartInit.callText(call) + " (the time of init)");
      }
      if (DRAWS.contains(call.getNameAsString()) && call.getScope().isPresent() && drawsFromGenerator(call.getScope().get(), java)) {
        return Optional.of(SnapStartInit.callText(call) + " (a random value drawn at init)");
      }
    }
    if (e instanceof ObjectCreationExpr creation) {
      if (SnapStartInit.creates(creation, "java.util.Random") && !fixedSeed(creation)
          || SnapStartInit.creates(creation, "java.util.SplittableRandom") && !fixedSeed(creation)) {
        return Optional.of(SnapStartInit.creationText(creation) + " (a random generator seeded at init)");
      }
      if (SnapStartInit.creates(creation, "java.util.Date") && creation.getArguments().isEmpty()) {
        return Optional.of(SnapStartInit.creationText(creation) + " (the time of init)");
      }
    }
    return Optional.empty();
  }

  /** A generator: a variable or field of a random type, {@code ThreadLocalRandom.current()}, or one built right there. */
  private static boolean drawsFromGenerator(Expression scope, JavaModel java) {
    if (scope instanceof MethodCallExpr m && SnapStartInit.isStaticCall(m, java, "java.util.concurrent.ThreadLocalRandom", "current")) return true;
    List<String> types = java.typeCandidates(scope);
    return RANDOM_TYPES.stream().anyMatch(types::contains);
  }

  /** {@code new Random(42)}: the same sequence in every environment, snapshot or not, on purpose. */
  private static boolean fixedSeed(ObjectCreationExpr creation) {
    if (creation.getArguments().size() != 1) return false;
    Expression seed = creation.getArgument(0);
    if (seed instanceof UnaryExpr u) seed = u.getExpression();
    if (seed instanceof NameExpr name) seed = constant(name).orElse(seed);
    return seed instanceof LiteralExpr;
  }

  /** The literal a {@code static final} field of the enclosing class is set to ({@code SEED = 42L}). */
  private static Optional<Expression> constant(NameExpr name) {
    return name.findAncestor(TypeDeclaration.class).flatMap(type -> ((TypeDeclaration<?>) type).getFields().stream()
        .filter(f -> f.isStatic() && f.isFinal())
        .flatMap(f -> f.getVariables().stream())
        .filter(v -> v.getNameAsString().equals(name.getNameAsString()))
        .findFirst()
        .flatMap(v -> v.getInitializer()))
        .map(init -> init instanceof UnaryExpr u ? u.getExpression() : init);
  }
}
