package dev.lambdalint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where Java code reads one environment variable by a name the sources spell out:
 * {@code System.getenv("X")} (also through a constant, and {@code getenv("X")} under a static
 * import of {@code System.getenv}) and {@code System.getenv().get("X")}. Each read says whether the
 * code is ready for the variable to be missing — a <em>fallback</em>: the read compared with
 * {@code null}, given to a null-safe call ({@code Optional.ofNullable}, {@code
 * Objects.requireNonNullElse}, {@code "x".equals(…)}, {@code Boolean.parseBoolean},
 * {@code StringUtils.isBlank}…), or kept in a variable or field that such a check reads; or the
 * same name asked with {@code System.getenv().containsKey("X")} in the class.
 * {@code System.getenv().getOrDefault("X", …)} is no read here: it has its default.
 */
public final class EnvironmentReads {

  /**
   * One read: the call (where a finding starts), the variable's name, whether it has a fallback,
   * and — when the read is stored straight into a field ({@code static final String TABLE =
   * System.getenv("TABLE")}, {@code this.table = System.getenv("TABLE")}) — the expressions that
   * read that field elsewhere: a field nobody reads holds a harmless {@code null} (a shared
   * {@code Config} class with every function's tables), so the read matters where one of its uses runs.
   */
  public record Read(MethodCallExpr call, String name, boolean hasFallback, Optional<List<Expression>> fieldUses) {}

  /**
   * Calls that are safe with a {@code null} argument and say what to do then (or test for it):
   * a read passed to one of them has a fallback.
   */
  private static final Set<String> NULL_AWARE = Set.of("ofNullable", "requireNonNullElse", "requireNonNullElseGet",
      "requireNonNull", "isNull", "nonNull", "equals", "equalsIgnoreCase", "contentEquals", "parseBoolean",
      "firstNonNull", "defaultIfBlank", "defaultIfEmpty", "defaultIfNull", "defaultString", "isEmpty", "isBlank",
      "isNotEmpty", "isNotBlank", "hasText", "hasLength", "isNullOrEmpty", "nullToEmpty", "emptyToNull",
      "firstNonBlank", "firstNonEmpty", "isTrue", "toBoolean", "notNull", "checkNotNull");

  private final StringValues strings;
  private final ExpressionTypes expressions;
  private final TypeIndex types;
  private final List<JavaSource> sources;
  /** Every simple name and field access of the sources, by name: built on first use. */
  private volatile Map<String, List<Expression>> namesByIdentifier;

  EnvironmentReads(StringValues strings, ExpressionTypes expressions, TypeIndex types, List<JavaSource> sources) {
    this.strings = strings;
    this.expressions = expressions;
    this.types = types;
    this.sources = sources;
  }

  /** Every read in {@code unit}, in source order. */
  List<Read> in(CompilationUnit unit) {
    boolean staticImport = unit.getImports().stream().anyMatch(EnvironmentReads::importsGetenv);
    List<Read> reads = new ArrayList<>();
    for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
      Optional<Expression> nameArgument = nameArgument(call, staticImport);
      if (nameArgument.isEmpty()) continue;
      if (!(strings.of(nameArgument.get()) instanceof StringValue.Literal name)) continue;
      reads.add(new Read(call, name.value(), hasFallback(call, name.value()), storedField(call).map(this::usesOf)));
    }
    return reads;
  }

  private static boolean importsGetenv(ImportDeclaration i) {
    if (!i.isStatic()) return false;
    String name = i.getNameAsString();
    return i.isAsterisk() ? name.equals("java.lang.System") : name.equals("java.lang.System.getenv");
  }

  /** The argument naming the variable, when {@code call} is a read by name. */
  private Optional<Expression> nameArgument(MethodCallExpr call, boolean staticImport) {
    if (call.getArguments().size() != 1) return Optional.empty();
    if (call.getNameAsString().equals("getenv")) {
      if (call.getScope().isEmpty()) return staticImport && !declaresGetenv(call) ? Optional.of(call.getArgument(0)) : Optional.empty();
      return isSystem(call, call.getScope().get()) ? Optional.of(call.getArgument(0)) : Optional.empty();
    }
    if (call.getNameAsString().equals("get") && call.getScope().orElse(null) instanceof MethodCallExpr map
        && isWholeEnvironment(map)) {
      return Optional.of(call.getArgument(0));
    }
    return Optional.empty();
  }

  /** {@code System.getenv()}: the whole environment as a map. */
  private boolean isWholeEnvironment(MethodCallExpr call) {
    return call.getNameAsString().equals("getenv") && call.getArguments().isEmpty()
        && call.getScope().map(s -> isSystem(call, s)).orElse(false);
  }

  private boolean isSystem(Node at, Expression scope) {
    return TypeNames.spelledTypeName(scope)
        .filter(s -> s.equals("System") || s.equals("java.lang.System"))
        .filter(s -> !expressions.isVariable(at, "System"))
        .isPresent();
  }

  /** A class of the file declaring its own {@code getenv(String)}: an unqualified call is that one. */
  private static boolean declaresGetenv(MethodCallExpr call) {
    for (Node n = call; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> t && !t.getMethodsByName("getenv").isEmpty()) return true;
    }
    return false;
  }

  private boolean hasFallback(MethodCallExpr read, String name) {
    Expression e = read;
    Node parent = e.getParentNode().orElse(null);
    while (parent instanceof EnclosedExpr || parent instanceof CastExpr) {
      e = (Expression) parent;
      parent = e.getParentNode().orElse(null);
    }
    if (isNullCheckOf(e, parent)) return true;
    if (parent instanceof VariableDeclarator v && v.getInitializer().orElse(null) == e) {
      return isCheckedSomewhere(v.getNameAsString(), scopeOf(v));
    }
    if (parent instanceof AssignExpr a && a.getValue() == e && a.getOperator() == AssignExpr.Operator.ASSIGN) {
      Optional<String> target = assignedName(a.getTarget());
      if (target.isPresent()) return isCheckedSomewhere(target.get(), enclosingType(a).orElse(null));
    }
    return asksContainsKey(read, name) || isInBranchOnEnvironment(read);
  }

  /**
   * Whether the read sits in a branch the code takes by the environment — {@code if
   * (System.getenv("AWS_SAM_LOCAL") != null) { endpoint = System.getenv("LOCAL_ENDPOINT"); }}, also
   * through a variable or field the environment sets ({@code if (LOCAL) …}): such a read runs only
   * where someone set variables the template does not know of.
   */
  private boolean isInBranchOnEnvironment(MethodCallExpr read) {
    Node child = read;
    for (Node n = read.getParentNode().orElse(null); n != null; child = n, n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?> || n instanceof TypeDeclaration<?>) return false;
      Expression condition = null;
      if (n instanceof com.github.javaparser.ast.stmt.IfStmt i && child != i.getCondition()) condition = i.getCondition();
      if (n instanceof com.github.javaparser.ast.expr.ConditionalExpr c && child != c.getCondition()) condition = c.getCondition();
      if (condition != null && dependsOnEnvironment(condition, 0)) return true;
    }
    return false;
  }

  private boolean dependsOnEnvironment(Node expression, int depth) {
    if (depth > 3) return false;
    for (MethodCallExpr call : expression.findAll(MethodCallExpr.class)) {
      if (call.getNameAsString().equals("getenv") && (call.getScope().isEmpty() || isSystem(call, call.getScope().get()))) return true;
    }
    for (NameExpr name : expression.findAll(NameExpr.class)) {
      Optional<Node> type = enclosingType(name);
      if (type.isEmpty()) continue;
      // a local or field set from the environment
      for (VariableDeclarator v : type.get().findAll(VariableDeclarator.class, d -> d.getNameAsString().equals(name.getNameAsString()))) {
        if (v.getInitializer().map(i -> dependsOnEnvironment(i, depth + 1)).orElse(false)) return true;
      }
    }
    return false;
  }

  /** Whether {@code e}, a child of {@code parent}, is compared with {@code null} or given to a null-aware call. */
  private static boolean isNullCheckOf(Expression e, Node parent) {
    if (parent instanceof BinaryExpr b
        && (b.getOperator() == BinaryExpr.Operator.EQUALS || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
      Expression other = b.getLeft() == e ? b.getRight() : b.getLeft();
      return other instanceof NullLiteralExpr;
    }
    if (parent instanceof MethodCallExpr call && call.getArguments().contains(e)) {
      return NULL_AWARE.contains(call.getNameAsString()) || call.getNameAsString().equals("toString") && call.getArguments().size() == 2;
    }
    return false;
  }

  /** Where a variable is visible: a local's method or lambda, a field's class. */
  private static Node scopeOf(VariableDeclarator v) {
    if (v.getParentNode().orElse(null) instanceof FieldDeclaration) return enclosingType(v).orElse(null);
    for (Node n = v.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?> || n instanceof LambdaExpr) return n;
      if (n instanceof TypeDeclaration<?>) return n;
    }
    return null;
  }

  private static Optional<Node> enclosingType(Node node) {
    return node.findAncestor(TypeDeclaration.class).map(Node.class::cast);
  }

  private static Optional<String> assignedName(Expression target) {
    if (target instanceof NameExpr n) return Optional.of(n.getNameAsString());
    if (target instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) return Optional.of(f.getNameAsString());
    return Optional.empty();
  }

  /** Whether {@code variable} (a name, or {@code this.name}) is null-checked anywhere in {@code scope}. */
  private static boolean isCheckedSomewhere(String variable, Node scope) {
    if (scope == null) return false;
    for (Expression use : scope.findAll(Expression.class, x -> x instanceof NameExpr n && n.getNameAsString().equals(variable)
        || x instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr && f.getNameAsString().equals(variable))) {
      Expression e = use;
      Node parent = e.getParentNode().orElse(null);
      while (parent instanceof EnclosedExpr || parent instanceof CastExpr) {
        e = (Expression) parent;
        parent = e.getParentNode().orElse(null);
      }
      if (isNullCheckOf(e, parent)) return true;
    }
    return false;
  }

  /**
   * The class of the read asks whether the variable is there: {@code System.getenv().containsKey("X")},
   * or another read of {@code X} compared with {@code null} ({@code getenv("X") == null ? d : getenv("X")}).
   */
  private boolean asksContainsKey(MethodCallExpr read, String name) {
    Optional<Node> type = enclosingType(read);
    if (type.isEmpty()) return false;
    for (MethodCallExpr c : type.get().findAll(MethodCallExpr.class)) {
      if (c == read || c.getArguments().size() != 1) continue;
      if (c.getNameAsString().equals("containsKey") && c.getScope().orElse(null) instanceof MethodCallExpr m && isWholeEnvironment(m)
          && strings.of(c.getArgument(0)) instanceof StringValue.Literal l && l.value().equals(name)) {
        return true;
      }
      if (c.getNameAsString().equals("getenv") && c.getScope().map(s -> isSystem(c, s)).orElse(false)
          && strings.of(c.getArgument(0)) instanceof StringValue.Literal l && l.value().equals(name)
          && isNullCheckOf(c, c.getParentNode().orElse(null))) {
        return true;
      }
    }
    return false;
  }

  /** The field a read is stored straight into: its declaration's or assignment's name, and the class declaring it. */
  private record StoredField(String name, TypeIndex.TypeInfo owner, Node store) {}

  private Optional<StoredField> storedField(MethodCallExpr read) {
    Expression e = read;
    Node parent = e.getParentNode().orElse(null);
    while (parent instanceof EnclosedExpr || parent instanceof CastExpr) {
      e = (Expression) parent;
      parent = e.getParentNode().orElse(null);
    }
    if (parent instanceof VariableDeclarator v && v.getParentNode().orElse(null) instanceof FieldDeclaration) {
      return types.enclosing(v).map(t -> new StoredField(v.getNameAsString(), t, v));
    }
    if (parent instanceof AssignExpr a && a.getValue() == e && a.getOperator() == AssignExpr.Operator.ASSIGN) {
      Optional<String> target = assignedName(a.getTarget());
      Optional<TypeIndex.TypeInfo> owner = types.enclosing(a);
      if (target.isPresent() && owner.isPresent() && (a.getTarget() instanceof FieldAccessExpr || !isLocal(a, target.get()))
          && types.hierarchy(owner.get()).stream().anyMatch(t -> t.declaration().getFieldByName(target.get()).isPresent())) {
        return Optional.of(new StoredField(target.get(), owner.get(), a));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code name} at {@code at} is a local variable or parameter (not a field). */
  private static boolean isLocal(Node at, String name) {
    for (Node n = at; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?> c) {
        if (c.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) return true;
        return c.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name)
            && !(v.getParentNode().orElse(null) instanceof FieldDeclaration)).stream().findAny().isPresent();
      }
    }
    return false;
  }

  /**
   * The expressions that read the field: {@code name} or {@code this.name} inside its class, a
   * subclass or a class nested in it, and {@code Owner.name} (also through a subclass) anywhere;
   * never the target of an assignment. An access through a variable of the owner's type
   * ({@code config.table}) is not told: fewer uses only means fewer findings.
   */
  private List<Expression> usesOf(StoredField field) {
    List<Expression> uses = new ArrayList<>();
    for (Expression use : index().getOrDefault(field.name(), List.of())) {
      if (use.getParentNode().orElse(null) instanceof AssignExpr a && a.getTarget() == use) continue;
      if (use instanceof NameExpr || use instanceof FieldAccessExpr f && (f.getScope() instanceof ThisExpr
          || f.getScope() instanceof com.github.javaparser.ast.expr.SuperExpr)) {
        if (use instanceof NameExpr && isLocal(use, field.name())) continue;
        if (use.isDescendantOf(field.owner().declaration()) || types.enclosing(use)
            .map(t -> types.hierarchy(t).stream().anyMatch(h -> h.declaration() == field.owner().declaration())).orElse(false)) {
          uses.add(use);
        }
      } else if (use instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr scope
          && !expressions.isVariable(f, scope.getNameAsString())) {
        Optional<TypeIndex.TypeInfo> named = types.resolve(f, scope.getNameAsString());
        if (named.map(t -> types.hierarchy(t).stream().anyMatch(h -> h.declaration() == field.owner().declaration())).orElse(false)) {
          uses.add(use);
        }
      }
    }
    return uses;
  }

  private Map<String, List<Expression>> index() {
    Map<String, List<Expression>> index = namesByIdentifier;
    if (index == null) {
      Map<String, List<Expression>> built = new HashMap<>();
      for (JavaSource source : sources) {
        for (NameExpr n : source.unit().findAll(NameExpr.class)) built.computeIfAbsent(n.getNameAsString(), k -> new ArrayList<>()).add(n);
        for (FieldAccessExpr f : source.unit().findAll(FieldAccessExpr.class)) {
          built.computeIfAbsent(f.getNameAsString(), k -> new ArrayList<>()).add(f);
        }
      }
      index = namesByIdentifier = built;
    }
    return index;
  }
}
