package dev.lambdalint.rules.handler;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.java.InitCode;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.java.TypeNames;
import dev.lambdalint.core.template.Function;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * What LL108 and LL109 share: the values that the init code of a SnapStart function's handler
 * ({@link InitCode}) keeps in fields, matched against what a rule looks for, joined with the
 * functions whose SnapStart makes it matter.
 */
final class SnapStartInit {
  private SnapStartInit() {}

  /**
   * A match: the expression (in the source being checked), what it is ({@code UUID.randomUUID()}),
   * the field it ends up in, and the SnapStart functions and handler classes whose init code stores it.
   */
  record Hit(Expression expression, String what, InitCode.StoredValue stored, TreeSet<String> functions, TreeSet<String> handlers) {
    String functionList() {
      return String.join(", ", functions);
    }

    String handlerList() {
      return String.join(", ", handlers);
    }
  }

  /** A Java function with SnapStart on, and its handler in the scanned sources. */
  record SnapStartHandler(Function function, JavaModel.Handler handler) {}

  /** Every Java function with SnapStart on whose handler is scanned, in function order: read once per run. */
  private static List<SnapStartHandler> snapStartHandlers(LintContext context) {
    List<SnapStartHandler> result = new ArrayList<>();
    for (Function f : context.functions()) {
      if (!f.isJava() || !f.isSnapStartOn()) continue;
      context.handlerOf(f).ifPresent(h -> result.add(new SnapStartHandler(f, h)));
    }
    return List.copyOf(result);
  }

  /** A value the init code of a SnapStart function's handler keeps in a field, not set again after a restore. */
  private record StoredAtInit(SnapStartHandler snap, InitCode.StoredValue value) {}

  /**
   * What init code stores for every SnapStart handler, in function order, by the file the value is
   * written in: found once per run (for LL108 and LL109 alike), so each file costs its own values.
   */
  private static Map<CompilationUnit, List<StoredAtInit>> storedByUnit(LintContext context) {
    JavaModel java = context.java();
    Map<CompilationUnit, List<StoredAtInit>> byUnit = new IdentityHashMap<>();
    for (SnapStartHandler snap : snapStartHandlers(context)) {
      InitCode init = java.initCode(snap.handler());
      for (InitCode.StoredValue value : init.storedValues()) {
        if (init.isRestored(value)) continue;
        value.expression().findCompilationUnit().ifPresent(unit -> byUnit.computeIfAbsent(unit, u -> new ArrayList<>())
            .add(new StoredAtInit(snap, value)));
      }
    }
    return byUnit;
  }

  /**
   * Every expression of {@code source} that init code of a Java function with SnapStart on stores in
   * a field (not set again by a registered CRaC resource's {@code afterRestore}) and that
   * {@code matcher} describes; the outermost of nested matches, in source order.
   */
  static List<Hit> hits(JavaSource source, LintContext context, BiFunction<Expression, JavaModel, Optional<String>> matcher) {
    JavaModel java = context.java();
    Map<Expression, Hit> found = new IdentityHashMap<>();
    Map<CompilationUnit, List<StoredAtInit>> byUnit = context.perRun(StoredAtInit.class, () -> storedByUnit(context));
    for (StoredAtInit stored : byUnit.getOrDefault(source.unit(), List.of())) {
      for (Expression e : InitCode.evaluatedIn(stored.value().expression())) {
        Optional<String> what = matcher.apply(e, java);
        if (what.isEmpty()) continue;
        Hit hit = found.computeIfAbsent(e, k -> new Hit(e, what.get(), stored.value(), new TreeSet<>(), new TreeSet<>()));
        hit.functions().add(stored.snap().function().logicalId());
        hit.handlers().add(stored.snap().handler().type().getNameAsString());
      }
    }
    List<Hit> result = new ArrayList<>();
    for (Hit hit : found.values()) {
      boolean nested = found.keySet().stream().anyMatch(other -> other != hit.expression() && hit.expression().isDescendantOf(other));
      if (!nested) result.add(hit);
    }
    result.sort(Comparator.comparing((Hit h) -> h.expression().getBegin().map(p -> p.line).orElse(0))
        .thenComparing(h -> h.expression().getBegin().map(p -> p.column).orElse(0)));
    return result;
  }

  /** Whether {@code call} is {@code Type.name(…)} with {@code Type} denoting {@code fqn} (not a variable of that name). */
  static boolean isStaticCall(MethodCallExpr call, JavaModel java, String fqn, String name) {
    if (!call.getNameAsString().equals(name) || call.getScope().isEmpty()) return false;
    Optional<String> spelled = TypeNames.spelledTypeName(call.getScope().get());
    if (spelled.isEmpty()) return false;
    if (call.getScope().get() instanceof NameExpr n && java.isVariable(n, n.getNameAsString())) return false;
    return call.findCompilationUnit().map(unit -> TypeNames.denotes(unit, spelled.get(), fqn)).orElse(false);
  }

  /** Whether {@code creation} builds {@code fqn}. */
  static boolean creates(ObjectCreationExpr creation, String fqn) {
    Optional<CompilationUnit> unit = creation.findCompilationUnit();
    return unit.isPresent() && TypeNames.candidates(unit.get(), creation.getType()).contains(fqn);
  }

  /** {@code Type.name(…)} for messages, the arguments left out. */
  static String callText(MethodCallExpr call) {
    String scope = call.getScope().map(s -> TypeNames.spelledTypeName(s).orElse(s.toString())).orElse("");
    return (scope.isEmpty() ? "" : scope + ".") + call.getNameAsString() + (call.getArguments().isEmpty() ? "()" : "(…)");
  }

  /** {@code new Type(…)} for messages. */
  static String creationText(ObjectCreationExpr creation) {
    return "new " + creation.getType().getNameAsString() + (creation.getArguments().isEmpty() ? "()" : "(…)");
  }
}
