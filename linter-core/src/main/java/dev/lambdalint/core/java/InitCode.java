package dev.lambdalint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.lambdalint.core.java.TypeIndex.TypeInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A handler's init code — what runs once per execution environment, before the first invocation
 * (and, with SnapStart, before the snapshot): the field initialisers, static and instance blocks and
 * constructors of the handler class and its scanned superclasses, the scanned methods only they call
 * (not also on the invocation path), and the same members of every scanned class they build
 * ({@code new OrderRepository()} in a field initialiser), transitively. Code inside a lambda or an
 * anonymous class body is not init code: it runs when called.
 *
 * <p>What it offers the rules: the values init code stores in fields ({@link #storedValues()}) —
 * a field initialiser, the right side of {@code this.x = …} / {@code x = …} / {@code Type.X = …},
 * with the {@code return} values of the scanned init-only methods such a value calls and the
 * initialiser of a local variable it names — and which fields a registered CRaC
 * {@code org.crac.Resource} sets again in {@code afterRestore} ({@link #isRestored}).
 * Built once per handler ({@link JavaModel#initCode}).
 */
public final class InitCode {
  /**
   * A value init code keeps in a field.
   *
   * @param field the field's name
   * @param expression the expression whose value ends up in the field (or a part of it: a helper's
   *     {@code return} value, a local variable's initialiser)
   * @param type the simple name of the class whose init code stores it
   */
  public record StoredValue(String field, Expression expression, String type) {}

  private static final int HELPER_DEPTH = 3;

  private final JavaModel model;
  private final TypeIndex types;
  private final InvocationResolver resolver;
  private final List<StoredValue> stored = new ArrayList<>();
  private final Set<String> restoredFields = new LinkedHashSet<>();
  /** Init-code members and callables already walked, by identity. */
  private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<TypeDeclaration<?>> builtTypes = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<MethodCallExpr> registrations = new ArrayList<>();

  InitCode(JavaModel model, TypeIndex types, InvocationResolver resolver, JavaModel.Handler handler) {
    this.model = model;
    this.types = types;
    this.resolver = resolver;
    types.of(handler.type()).ifPresent(this::walk);
    for (MethodCallExpr registration : registrations) addRestored(registration);
  }

  /** Every value init code stores in a field, in the order found. */
  public List<StoredValue> storedValues() {
    return Collections.unmodifiableList(stored);
  }

  /**
   * Whether a CRaC resource that init code registers ({@code Core.getGlobalContext().register(…)})
   * sets the field again in its {@code afterRestore} (or in a scanned method that calls).
   */
  public boolean isRestored(StoredValue value) {
    return restoredFields.contains(value.field());
  }

  /** The names of the fields a registered CRaC resource's {@code afterRestore} sets again. */
  public Set<String> restoredFields() {
    return Collections.unmodifiableSet(restoredFields);
  }

  /**
   * The expressions evaluated when {@code expression} is: itself and its sub-expressions, but not
   * the bodies of lambdas and anonymous classes or method references in it, which run later.
   */
  public static List<Expression> evaluatedIn(Expression expression) {
    List<Expression> result = new ArrayList<>();
    Deque<Node> work = new ArrayDeque<>();
    work.push(expression);
    while (!work.isEmpty()) {
      Node n = work.pop();
      if (n instanceof LambdaExpr || n instanceof MethodReferenceExpr) continue;
      if (n instanceof Expression e) result.add(e);
      List<Node> children = new ArrayList<>(n.getChildNodes());
      if (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
        children.removeIf(c -> c instanceof BodyDeclaration<?>);
      }
      for (int i = children.size() - 1; i >= 0; i--) work.push(children.get(i));
    }
    return result;
  }

  private void walk(TypeInfo type) {
    Deque<Map.Entry<Node, TypeInfo>> work = new ArrayDeque<>();
    addMembers(type, work);
    while (!work.isEmpty()) {
      Map.Entry<Node, TypeInfo> next = work.poll();
      Node root = next.getKey();
      TypeInfo runtime = next.getValue();
      if (root instanceof FieldDeclaration field) {
        for (VariableDeclarator v : field.getVariables()) {
          v.getInitializer().ifPresent(init -> addStored(v.getNameAsString(), init, runtime, 0));
        }
      }
      for (Node n : runsNow(root)) {
        if (n instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
          assignedField(assign.getTarget(), runtime).ifPresent(f -> addStored(f, assign.getValue(), runtime, 0));
        }
        if (n instanceof MethodCallExpr call) {
          if (isRegistration(call)) registrations.add(call);
          for (InvocationResolver.Target target : resolver.targets(call, runtime)) enqueue(target.callable(), target.runtimeType(), work);
        }
        if (n instanceof ObjectCreationExpr creation) {
          types.resolve(creation, creation.getType().getNameWithScope()).ifPresent(built -> {
            if (builtTypes.add(built.declaration())) addMembers(built, work);
          });
        }
      }
    }
  }

  /** The fields, initialiser blocks and constructors of {@code type} and its scanned superclasses. */
  private void addMembers(TypeInfo type, Deque<Map.Entry<Node, TypeInfo>> work) {
    for (TypeInfo t : types.hierarchy(type)) {
      for (FieldDeclaration f : t.declaration().getFields()) enqueue(f, type, work);
      for (var member : t.declaration().getMembers()) if (member instanceof InitializerDeclaration i) enqueue(i, type, work);
      for (var c : t.declaration().getConstructors()) enqueue(c, type, work);
    }
  }

  private void enqueue(Node member, TypeInfo runtime, Deque<Map.Entry<Node, TypeInfo>> work) {
    if (model.isOnInvocationPath(member)) return; // runs per invocation too: not init code alone
    if (!seen.add(member)) return;
    work.add(Map.entry(member, runtime));
  }

  /** The nodes of {@code root} that run when it runs: not inside its lambdas or anonymous class bodies. */
  private static List<Node> runsNow(Node root) {
    List<Node> result = new ArrayList<>();
    Deque<Node> work = new ArrayDeque<>();
    work.push(root);
    while (!work.isEmpty()) {
      Node n = work.pop();
      if (n != root && (n instanceof LambdaExpr || n instanceof MethodReferenceExpr || n instanceof TypeDeclaration<?>)) continue;
      result.add(n);
      List<Node> children = new ArrayList<>(n.getChildNodes());
      if (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
        children.removeIf(c -> c instanceof BodyDeclaration<?>);
      }
      for (int i = children.size() - 1; i >= 0; i--) work.push(children.get(i));
    }
    return result;
  }

  /**
   * Records {@code value} as stored in {@code field}, with what it draws on: the {@code return}
   * values of scanned init-only methods it calls, and the initialiser of a local variable it names.
   */
  private void addStored(String field, Expression value, TypeInfo runtime, int depth) {
    String owner = value.findAncestor(TypeDeclaration.class).map(t -> ((TypeDeclaration<?>) t).getNameAsString()).orElse("");
    stored.add(new StoredValue(field, value, owner));
    if (depth >= HELPER_DEPTH) return;
    for (Expression e : evaluatedIn(value)) {
      if (e instanceof MethodCallExpr call) {
        for (InvocationResolver.Target target : resolver.targets(call, runtime)) {
          if (!(target.callable() instanceof MethodDeclaration m) || model.isOnInvocationPath(m)) continue;
          for (ReturnStmt ret : m.findAll(ReturnStmt.class)) {
            if (ret.findAncestor(LambdaExpr.class).filter(l -> l.isDescendantOf(m)).isPresent()) continue;
            ret.getExpression().ifPresent(r -> addStored(field, r, target.runtimeType(), depth + 1));
          }
        }
      } else if (e instanceof NameExpr name) {
        localInitializer(name).ifPresent(init -> addStored(field, init, runtime, depth + 1));
      }
    }
  }

  /** The initialiser of the local variable {@code name} refers to, when it is one declared in the same callable. */
  private static Optional<Expression> localInitializer(NameExpr name) {
    Optional<CallableDeclaration<?>> callable = enclosingCallable(name);
    if (callable.isEmpty()) return Optional.empty();
    for (VariableDeclarator v : callable.get().findAll(VariableDeclarator.class)) {
      if (v.getParentNode().orElse(null) instanceof FieldDeclaration) continue;
      if (v.getNameAsString().equals(name.getNameAsString()) && v.getInitializer().isPresent()) return v.getInitializer();
    }
    return Optional.empty();
  }

  private static Optional<CallableDeclaration<?>> enclosingCallable(Node node) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?> c) return Optional.of(c);
      if (n instanceof TypeDeclaration<?> || n instanceof LambdaExpr) return Optional.empty();
    }
    return Optional.empty();
  }

  /** The field an assignment target names: {@code this.x}, {@code Type.x}, or {@code x} that no local or parameter shadows. */
  private Optional<String> assignedField(Expression target, TypeInfo runtime) {
    if (target instanceof FieldAccessExpr f) {
      if (f.getScope() instanceof ThisExpr) return Optional.of(f.getNameAsString());
      if (f.getScope() instanceof NameExpr n && !model.isVariable(n, n.getNameAsString())
          && types.resolve(n, n.getNameAsString()).isPresent()) {
        return Optional.of(f.getNameAsString());
      }
      return Optional.empty();
    }
    if (!(target instanceof NameExpr n)) return Optional.empty();
    String name = n.getNameAsString();
    Optional<CallableDeclaration<?>> callable = enclosingCallable(n);
    if (callable.isPresent()) {
      for (Parameter p : callable.get().getParameters()) if (p.getNameAsString().equals(name)) return Optional.empty();
      boolean local = callable.get().findAll(VariableDeclarator.class).stream()
          .anyMatch(v -> v.getNameAsString().equals(name) && !(v.getParentNode().orElse(null) instanceof FieldDeclaration));
      if (local) return Optional.empty();
    }
    Optional<TypeInfo> declaring = types.enclosing(n);
    boolean isField = declaring.map(t -> resolver.expressions().fieldType(t, name).isPresent()).orElse(false)
        || resolver.expressions().fieldType(runtime, name).isPresent();
    return isField ? Optional.of(name) : Optional.empty();
  }

  /** {@code Core.getGlobalContext().register(x)}, or {@code register(x)} on an {@code org.crac.Context}. */
  private boolean isRegistration(MethodCallExpr call) {
    if (!call.getNameAsString().equals("register") || call.getArguments().size() != 1) return false;
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty()) return false;
    if (scope.get() instanceof MethodCallExpr m && m.getNameAsString().equals("getGlobalContext")) return true;
    List<String> candidates = model.typeCandidates(scope.get());
    return candidates.contains("org.crac.Context") || candidates.contains("jdk.crac.Context");
  }

  /** The fields the registered resource's {@code afterRestore} sets, directly or through scanned methods it calls. */
  private void addRestored(MethodCallExpr registration) {
    Expression resource = initialiserOf(registration.getArgument(0)).orElse(registration.getArgument(0));
    List<MethodDeclaration> hooks = new ArrayList<>();
    Optional<TypeInfo> resourceType = Optional.empty();
    if (resource instanceof ThisExpr) {
      resourceType = types.enclosing(registration);
    } else if (resource instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
      for (var member : o.getAnonymousClassBody().get()) {
        if (member instanceof MethodDeclaration m && m.getNameAsString().equals("afterRestore")) hooks.add(m);
      }
      resourceType = types.enclosing(registration);
    } else if (resource instanceof ObjectCreationExpr o) {
      resourceType = types.resolve(o, o.getType().getNameWithScope());
    } else {
      Optional<TypeInfo> context = types.enclosing(registration);
      if (context.isPresent()) resourceType = resolver.expressions().scannedTypeOf(resource, context.get(), resolver);
    }
    if (resourceType.isEmpty()) return;
    if (hooks.isEmpty()) hooks.addAll(types.methods(resourceType.get(), "afterRestore", 1));
    Deque<InvocationResolver.Target> work = new ArrayDeque<>();
    for (MethodDeclaration hook : hooks) work.add(new InvocationResolver.Target(hook, resourceType.get()));
    Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    while (!work.isEmpty()) {
      InvocationResolver.Target target = work.poll();
      if (!visited.add(target.callable())) continue;
      for (AssignExpr assign : target.callable().findAll(AssignExpr.class)) {
        assignedField(assign.getTarget(), target.runtimeType()).ifPresent(restoredFields::add);
      }
      for (MethodCallExpr call : target.callable().findAll(MethodCallExpr.class)) work.addAll(resolver.targets(call, target.runtimeType()));
    }
  }

  /**
   * What a variable or field given to {@code register} was set to, when it is set once where declared
   * ({@code Resource hook = new Resource() {…}}): the object built there.
   */
  private Optional<Expression> initialiserOf(Expression expression) {
    String name;
    if (expression instanceof NameExpr n) name = n.getNameAsString();
    else if (expression instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) name = f.getNameAsString();
    else return Optional.empty();
    if (expression instanceof NameExpr n) {
      Optional<Expression> local = localInitializer(n);
      if (local.isPresent()) return local;
    }
    Optional<TypeInfo> type = types.enclosing(expression);
    if (type.isEmpty()) return Optional.empty();
    for (TypeInfo t : types.hierarchy(type.get())) {
      for (FieldDeclaration field : t.declaration().getFields()) {
        for (VariableDeclarator v : field.getVariables()) {
          if (v.getNameAsString().equals(name)) return v.getInitializer();
        }
      }
    }
    return Optional.empty();
  }
}
