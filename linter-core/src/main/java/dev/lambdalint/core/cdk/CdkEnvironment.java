package dev.lambdalint.core.cdk;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.core.model.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A function's {@code environment(…)} as {@code Environment.Variables}: {@code Map.of(…)},
 * {@code Map.ofEntries(Map.entry(…), …)}, or a local map built with {@code put} calls. A map built
 * any other way (passed in, filled by a loop or {@code putAll}) is unknowable as a whole.
 */
final class CdkEnvironment {
  private CdkEnvironment() {}

  static Draft variables(CdkFile f, Expression e, TextRange at) {
    Expression x = f.values.deref(e);
    if (x instanceof MethodCallExpr single && single.getScope().map(s -> s.toString().equals("Collections")).orElse(false)
        && single.getNameAsString().equals("singletonMap") && single.getArguments().size() == 2) {
      Draft.DMap vars = new Draft.DMap(at);
      return put(f, vars, single.getArgument(0), single.getArgument(1), CdkValues.range(single.getArgument(0)))
          ? vars : Draft.unknowable(e.toString(), at);
    }
    if (x instanceof MethodCallExpr call && call.getScope().map(s -> s.toString().equals("Map")).orElse(false)) {
      if (call.getNameAsString().equals("of") && call.getArguments().size() % 2 == 0) {
        Draft.DMap vars = new Draft.DMap(at);
        for (int i = 0; i < call.getArguments().size(); i += 2) {
          if (!put(f, vars, call.getArgument(i), call.getArgument(i + 1), CdkValues.range(call.getArgument(i)))) {
            return Draft.unknowable(e.toString(), at);
          }
        }
        return vars;
      }
      if (call.getNameAsString().equals("ofEntries")) {
        Draft.DMap vars = new Draft.DMap(at);
        for (Expression entry : call.getArguments()) {
          if (!(entry instanceof MethodCallExpr en) || !en.getNameAsString().equals("entry") || en.getArguments().size() != 2
              || !put(f, vars, en.getArgument(0), en.getArgument(1), CdkValues.range(en))) {
            return Draft.unknowable(e.toString(), at);
          }
        }
        return vars;
      }
    }
    if (x instanceof ObjectCreationExpr created && created.getArguments().isEmpty()
        && created.getType().getNameAsString().matches("HashMap|LinkedHashMap|TreeMap")) {
      Optional<String> name = CdkValues.simpleName(CdkValues.strip(e));
      Optional<Node> body = created.findAncestor(CallableDeclaration.class).map(c -> (Node) c);
      if (name.isEmpty() || body.isEmpty()) return Draft.unknowable(e.toString(), at);
      Draft.DMap vars = new Draft.DMap(at);
      for (NameExpr use : body.get().findAll(NameExpr.class, n -> n.getNameAsString().equals(name.get()))) {
        Node parent = use.getParentNode().orElse(null);
        if (parent instanceof MethodCallExpr call && call.getScope().map(s -> s == use).orElse(false)) {
          if (call.getNameAsString().equals("put") && call.getArguments().size() == 2) {
            if (!put(f, vars, call.getArgument(0), call.getArgument(1), CdkValues.range(call))) return Draft.unknowable(e.toString(), at);
            continue;
          }
          if (List.of("get", "containsKey", "size", "isEmpty", "keySet", "entrySet", "values").contains(call.getNameAsString())) continue;
          return Draft.unknowable(e.toString(), at);
        }
        // passed somewhere else (the setter itself is fine): it may be filled there
        if (!(parent instanceof MethodCallExpr setter && setter.getNameAsString().equals("environment"))) {
          return Draft.unknowable(e.toString(), at);
        }
      }
      return vars;
    }
    return Draft.unknowable(e.toString(), at);
  }

  private static boolean put(CdkFile f, Draft.DMap vars, Expression key, Expression value, TextRange at) {
    Optional<String> name = f.values.string(key);
    if (name.isEmpty()) return false;
    vars.put(name.get(), at, f.values.scalar(value, at));
    return true;
  }
}
