package dev.lambdalint.core.cdk;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.core.model.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The builder chains of CDK Java: {@code Function.Builder.create(this, "Id").timeout(…).build()},
 * {@code FunctionProps.builder().timeout(…).build()}, {@code new FunctionProps.Builder().timeout(…).build()}.
 */
final class CdkChains {
  private CdkChains() {}

  /** One setter of a chain: {@code .timeout(Duration.seconds(60))}. */
  record Setter(String name, List<Expression> args, MethodCallExpr call) {
    /** From the setter's name to the end of its arguments: the {@code .timeout(…)} a finding points at. */
    TextRange keyRange() {
      TextRange whole = CdkValues.range(call);
      TextRange name = CdkValues.range(call.getName());
      return new TextRange(name.startLine(), name.startColumn(), whole.endLine(), whole.endColumn());
    }

    Expression arg() {
      return args.get(0);
    }
  }

  /**
   * A chain read: the expression that starts it (the {@code create(…)} call, the {@code builder()}
   * call or the {@code new X.Builder()}), the type written before {@code .Builder}/{@code .builder},
   * and its setters by name (the last call of a name wins, as a builder's does), in order.
   */
  record Chain(Expression root, String type, Map<String, Setter> setters, boolean built) {
    Optional<Setter> get(String name) {
      return Optional.ofNullable(setters.get(name));
    }
  }

  /** Whether {@code call} is {@code X.Builder.create(…)}. */
  static boolean isBuilderCreate(MethodCallExpr call) {
    return call.getNameAsString().equals("create") && call.getScope().map(s -> s.toString().endsWith("Builder")).orElse(false)
        && call.getScope().map(s -> s.toString().contains(".")).orElse(false);
  }

  /** The type a {@code X.Builder.create} call builds ({@code Function}). */
  static String builderType(MethodCallExpr create) {
    String scope = create.getScope().orElseThrow().toString();
    return scope.substring(0, scope.length() - ".Builder".length());
  }

  /** The outermost call of the chain {@code start} begins: parents that call a method on it. */
  static Expression outer(Expression start) {
    Expression current = start;
    while (current.getParentNode().orElse(null) instanceof MethodCallExpr parent
        && parent.getScope().isPresent() && parent.getScope().get() == current) {
      current = parent;
    }
    return current;
  }

  /**
   * The chain ending in {@code e}; empty when {@code e} is no builder chain. A chain that is not
   * finished by {@code build()} is read but marked unbuilt: its builder may get more settings elsewhere.
   */
  static Optional<Chain> read(Expression e) {
    List<MethodCallExpr> calls = new ArrayList<>();
    Expression current = CdkValues.strip(e);
    boolean built = false;
    boolean first = true;
    while (true) {
      if (current instanceof ObjectCreationExpr created) {
        String type = created.getType().asString();
        if (!type.endsWith(".Builder") || !created.getArguments().isEmpty()) return Optional.empty();
        return Optional.of(finish(created, type.substring(0, type.length() - ".Builder".length()), calls, built));
      }
      if (!(current instanceof MethodCallExpr call)) return Optional.empty();
      if (isBuilderCreate(call)) return Optional.of(finish(call, builderType(call), calls, built));
      if (call.getNameAsString().equals("builder") && call.getArguments().isEmpty() && call.getScope().isPresent()) {
        return Optional.of(finish(call, call.getScope().get().toString(), calls, built));
      }
      if (call.getScope().isEmpty()) return Optional.empty();
      if (first && call.getNameAsString().equals("build") && call.getArguments().isEmpty()) built = true;
      else calls.add(call);
      first = false;
      current = CdkValues.strip(call.getScope().get());
    }
  }

  private static Chain finish(Expression root, String type, List<MethodCallExpr> calls, boolean built) {
    List<MethodCallExpr> inOrder = new ArrayList<>(calls);
    Collections.reverse(inOrder);
    Map<String, Setter> setters = new LinkedHashMap<>();
    for (MethodCallExpr c : inOrder) {
      setters.remove(c.getNameAsString());
      setters.put(c.getNameAsString(), new Setter(c.getNameAsString(), List.copyOf(c.getArguments()), c));
    }
    return new Chain(root, type, setters, built);
  }
}
