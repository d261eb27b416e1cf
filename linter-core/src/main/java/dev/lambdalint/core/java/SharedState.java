package dev.lambdalint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.core.java.SharedStateWrite.Kind;
import dev.lambdalint.core.java.TypeIndex.TypeInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the {@link SharedStateWrite}s of one handler's invocation path. What counts as shared: a
 * static field, and an instance field of the handler class (Lambda makes one handler object per
 * execution environment) or of a class whose every instance the sources create in init code (a
 * field initialiser, a constructor, a static block). A field of an object built per request, and
 * whatever a constructor does to the object it builds, is not shared. Silent inside
 * {@code synchronized} methods and blocks, after a {@code lock()} in an enclosing block, for lazy
 * initialisation ({@code if (x == null) x = …}), for a plain assignment to a {@code volatile} field,
 * for {@code ThreadLocal} and thread-safe types, and whenever a field's type or a path cannot be
 * told from the sources.
 */
final class SharedState {
  /** Types whose instances may not be mutated by several threads at once. */
  static final Set<String> NOT_THREAD_SAFE = Set.of("HashMap", "LinkedHashMap", "TreeMap", "WeakHashMap",
      "IdentityHashMap", "ArrayList", "LinkedList", "HashSet", "LinkedHashSet", "TreeSet", "ArrayDeque",
      "PriorityQueue", "StringBuilder", "SimpleDateFormat", "DecimalFormat");
  /** Declared types that say nothing on their own: the initialiser decides. */
  private static final Set<String> INTERFACES = Set.of("Map", "List", "Set", "Collection", "Deque", "Queue",
      "SortedMap", "NavigableMap", "SortedSet", "NavigableSet", "DateFormat", "NumberFormat", "Format",
      "AbstractMap", "AbstractList", "Iterable", "CharSequence", "Appendable", "Object");
  /** Types built for concurrent use, and per-thread holders: fields of these are never reported. */
  static final Set<String> THREAD_SAFE = Set.of("ThreadLocal", "InheritableThreadLocal", "ConcurrentHashMap",
      "ConcurrentMap", "ConcurrentSkipListMap", "ConcurrentSkipListSet", "ConcurrentLinkedQueue",
      "ConcurrentLinkedDeque", "CopyOnWriteArrayList", "CopyOnWriteArraySet", "LinkedBlockingQueue",
      "ArrayBlockingQueue", "LinkedBlockingDeque", "BlockingQueue", "AtomicInteger", "AtomicLong", "AtomicBoolean",
      "AtomicReference", "AtomicIntegerArray", "AtomicLongArray", "AtomicReferenceArray", "LongAdder",
      "DoubleAdder", "LongAccumulator", "DoubleAccumulator", "StringBuffer", "Vector", "Hashtable",
      "DateTimeFormatter");
  private static final Set<String> COLLECTION_MUTATORS = Set.of("add", "addAll", "addFirst", "addLast", "offer",
      "offerFirst", "offerLast", "push", "pop", "poll", "pollFirst", "pollLast", "remove", "removeAll", "removeIf",
      "removeFirst", "removeLast", "retainAll", "clear", "put", "putAll", "putIfAbsent", "compute",
      "computeIfAbsent", "computeIfPresent", "merge", "replace", "replaceAll", "set", "sort");
  private static final Set<String> BUILDER_MUTATORS = Set.of("append", "insert", "delete", "deleteCharAt",
      "replace", "reverse", "setLength", "setCharAt");
  private static final Set<String> FORMAT_MUTATORS = Set.of("parse", "format", "setTimeZone", "setLenient",
      "applyPattern", "setCalendar", "setNumberFormat", "set2DigitYearStart");
  private static final Set<String> LOCK_CALLS = Set.of("lock", "lockInterruptibly", "writeLock");
  /** {@code Files} methods whose first argument is the file written. */
  private static final Set<String> FILES_WRITE_FIRST = Set.of("write", "writeString", "newOutputStream",
      "newBufferedWriter", "createFile");
  /** {@code Files} methods whose second argument is the file written. */
  private static final Set<String> FILES_WRITE_SECOND = Set.of("copy", "move");
  private static final Set<String> WRITER_TYPES = Set.of("FileOutputStream", "FileWriter", "PrintWriter",
      "PrintStream", "RandomAccessFile");
  private static final int MAX_DEPTH = 8;

  private final TypeIndex types;
  private final ExpressionTypes expressions;
  private final List<JavaSource> sources;
  private final Map<TypeDeclaration<?>, Boolean> sharedInstances = new IdentityHashMap<>();
  private final java.util.function.Predicate<Node> isInitCode;
  private final java.util.function.Predicate<Node> isOnPath;

  SharedState(TypeIndex types, ExpressionTypes expressions, List<JavaSource> sources,
      java.util.function.Predicate<Node> isInitCode, java.util.function.Predicate<Node> isOnPath) {
    this.types = types;
    this.expressions = expressions;
    this.sources = sources;
    this.isInitCode = isInitCode;
    this.isOnPath = isOnPath;
  }

  /** The writes in {@code roots} (the handler's callables and stored callbacks), in source order. */
  List<SharedStateWrite> writes(JavaModel.Handler handler, List<Node> roots, java.util.function.Function<Node, String> pathOf) {
    List<TypeDeclaration<?>> handlerTypes = types.of(handler.type())
        .map(t -> types.hierarchy(t).stream().<TypeDeclaration<?>>map(TypeInfo::declaration).toList())
        .orElse(List.of(handler.type()));
    Map<Node, SharedStateWrite> found = new IdentityHashMap<>();
    Set<Node> guardedByCallers = guardedByCallers(roots, handler);
    for (Node root : roots) {
      if (guardedByCallers.contains(root)) continue;
      if (root.getParentNode().orElse(null) instanceof ObjectCreationExpr) continue; // an anonymous class's method
      Optional<TypeInfo> owner = types.enclosing(root);
      if (owner.isEmpty()) continue;
      boolean constructor = root instanceof ConstructorDeclaration;
      boolean sharedObject = !constructor && isShared(owner.get().declaration(), handlerTypes);
      String method = owner.get().declaration().getNameAsString() + "."
          + (root instanceof CallableDeclaration<?> c ? c.getNameAsString() : "lambda");
      boolean synchronizedMethod = root instanceof MethodDeclaration m && m.isSynchronized();
      for (Node node : root.findAll(Node.class, n -> n instanceof AssignExpr || n instanceof UnaryExpr
          || n instanceof MethodCallExpr || n instanceof ObjectCreationExpr)) {
        if (!belongsTo(node, root) || synchronizedMethod || isGuarded(node, root)) continue;
        Optional<SharedStateWrite> write = classify(node, owner.get(), sharedObject, method);
        write.ifPresent(w -> found.putIfAbsent(w.at(), w));
      }
    }
    List<SharedStateWrite> result = new ArrayList<>(found.values());
    result.sort(Comparator.<SharedStateWrite, String>comparing(w -> pathOf.apply(w.at()))
        .thenComparing(w -> w.at().getBegin().map(p -> p.line).orElse(0))
        .thenComparing(w -> w.at().getBegin().map(p -> p.column).orElse(0)));
    return List.copyOf(result);
  }

  /**
   * The methods of the path that run only under a guard: every call to them (by name, among the
   * path's own code) sits in a {@code synchronized} method or block, after a {@code lock()}, or in
   * a method that is itself guarded so. {@code synchronized (this) { tally(); }} guards what
   * {@code tally} writes. A method also called unguarded, or passed as a method reference, is not.
   */
  private static Set<Node> guardedByCallers(List<Node> roots, JavaModel.Handler handler) {
    Map<String, List<Node>> sites = new java.util.HashMap<>();
    Map<Node, Node> rootOf = new IdentityHashMap<>();
    for (Node root : roots) {
      for (Node site : root.findAll(Node.class, n -> n instanceof MethodCallExpr || n instanceof com.github.javaparser.ast.expr.MethodReferenceExpr)) {
        if (!belongsTo(site, root)) continue;
        String name = site instanceof MethodCallExpr call ? call.getNameAsString()
            : ((com.github.javaparser.ast.expr.MethodReferenceExpr) site).getIdentifier();
        sites.computeIfAbsent(name, k -> new ArrayList<>()).add(site);
        rootOf.put(site, root);
      }
    }
    Set<Node> guarded = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Node root : roots) {
        if (guarded.contains(root) || !(root instanceof MethodDeclaration method) || method == handler.method()) continue;
        List<Node> calls = sites.getOrDefault(method.getNameAsString(), List.of());
        if (calls.isEmpty()) continue;
        boolean all = calls.stream().allMatch(site -> site instanceof MethodCallExpr
            && (isSynchronizedMethod(rootOf.get(site)) || isGuarded(site, rootOf.get(site)) || guarded.contains(rootOf.get(site))));
        if (all) {
          guarded.add(root);
          changed = true;
        }
      }
    }
    return guarded;
  }

  private static boolean isSynchronizedMethod(Node root) {
    return root instanceof MethodDeclaration m && m.isSynchronized();
  }

  private Optional<SharedStateWrite> classify(Node node, TypeInfo owner, boolean sharedObject, String method) {
    if (node instanceof AssignExpr assign) {
      return field(assign.getTarget(), owner, sharedObject)
          .filter(f -> !f.isFinal() && !f.threadSafeType())
          .filter(f -> !(assign.getOperator() == AssignExpr.Operator.ASSIGN && f.declaration().isVolatile()))
          .filter(f -> !isLazyInitialisation(assign, f.name()))
          .map(f -> new SharedStateWrite(assign, f.name(), Kind.ASSIGNMENT, f.scope(), method));
    }
    if (node instanceof UnaryExpr unary && isIncrement(unary)) {
      return field(unary.getExpression(), owner, sharedObject)
          .filter(f -> !f.threadSafeType())
          .map(f -> new SharedStateWrite(unary, f.name(), Kind.INCREMENT, f.scope(), method));
    }
    if (node instanceof MethodCallExpr call) {
      Optional<String> file = tmpFileWritten(call);
      if (file.isPresent()) return Optional.of(new SharedStateWrite(call, file.get(), Kind.TMP_FILE, "", method));
      if (call.getScope().isEmpty()) return Optional.empty();
      return field(call.getScope().get(), owner, sharedObject)
          .flatMap(f -> unsafeType(f).filter(t -> mutators(t).contains(call.getNameAsString()))
              .map(t -> new SharedStateWrite(call, f.name(), Kind.MUTATING_CALL, t, method)));
    }
    if (node instanceof ObjectCreationExpr creation) {
      return tmpFileWritten(creation).map(file -> new SharedStateWrite(creation, file, Kind.TMP_FILE, "", method));
    }
    return Optional.empty();
  }

  private static boolean isIncrement(UnaryExpr unary) {
    return switch (unary.getOperator()) {
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
      default -> false;
    };
  }

  /** A field an expression names, and whether writing it touches shared state. */
  private record FieldRef(String name, FieldDeclaration declaration, VariableDeclarator variable) {
    boolean isFinal() {
      return declaration.isFinal();
    }

    boolean threadSafeType() {
      return THREAD_SAFE.contains(simpleName(variable.getType()));
    }

    String scope() {
      return declaration.isStatic() ? "static" : "instance";
    }
  }

  /**
   * The field {@code target} names — {@code count}, {@code this.count}, {@code Handler.count} —
   * when writing it is shared: a static field, or an instance field of a shared object.
   */
  private Optional<FieldRef> field(Expression target, TypeInfo owner, boolean sharedObject) {
    Optional<FieldRef> ref = Optional.empty();
    if (target instanceof NameExpr n) {
      ref = expressions.variableType(n, n.getNameAsString()).flatMap(SharedState::declaratorOf)
          .flatMap(v -> fieldRef(n.getNameAsString(), v));
    } else if (target instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr t && t.getTypeName().isEmpty()) {
      ref = expressions.fieldType(owner, f.getNameAsString()).flatMap(SharedState::declaratorOf)
          .flatMap(v -> fieldRef(f.getNameAsString(), v));
    } else if (target instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr scope
        && !expressions.isVariable(f, scope.getNameAsString())) {
      ref = types.resolve(f, scope.getNameAsString())
          .flatMap(t -> expressions.fieldType(t, f.getNameAsString())).flatMap(SharedState::declaratorOf)
          .flatMap(v -> fieldRef(f.getNameAsString(), v)).filter(r -> r.declaration().isStatic());
    }
    if (ref.isEmpty()) return ref;
    if (ref.get().declaration().isStatic()) return ref;
    if (!sharedObject) return Optional.empty();
    // an instance field of the object the method runs on (not of an enclosing class of an inner class)
    TypeDeclaration<?> declaring = ref.get().declaration().findAncestor(TypeDeclaration.class).orElse(null);
    boolean ownField = types.hierarchy(owner).stream().anyMatch(t -> t.declaration() == declaring);
    return ownField ? ref : Optional.empty();
  }

  private static Optional<VariableDeclarator> declaratorOf(Type type) {
    return type.getParentNode().filter(VariableDeclarator.class::isInstance).map(VariableDeclarator.class::cast);
  }

  private static Optional<FieldRef> fieldRef(String name, VariableDeclarator variable) {
    return variable.getParentNode().filter(FieldDeclaration.class::isInstance).map(FieldDeclaration.class::cast)
        .map(f -> new FieldRef(name, f, variable));
  }

  /**
   * The field's type when it is one that is not thread-safe: written so ({@code HashMap<…> m}), or
   * an interface ({@code Map<…> m}) that the initialiser, or every assignment in constructors and
   * initialiser blocks, fills with {@code new HashMap<>()}.
   */
  private Optional<String> unsafeType(FieldRef field) {
    String declared = simpleName(field.variable().getType());
    if (NOT_THREAD_SAFE.contains(declared)) return Optional.of(declared);
    if (!INTERFACES.contains(declared)) return Optional.empty();
    List<Expression> values = new ArrayList<>();
    field.variable().getInitializer().ifPresent(values::add);
    TypeDeclaration<?> owner = field.declaration().findAncestor(TypeDeclaration.class).orElse(null);
    if (owner != null) {
      List<Node> initCode = new ArrayList<>(owner.getConstructors());
      initCode.addAll(owner.findAll(InitializerDeclaration.class, i -> i.getParentNode().orElse(null) == owner));
      for (Node init : initCode) {
        for (AssignExpr a : init.findAll(AssignExpr.class)) {
          Expression t = a.getTarget();
          String name = t instanceof NameExpr n ? n.getNameAsString()
              : t instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr ? f.getNameAsString() : null;
          if (field.name().equals(name)) values.add(a.getValue());
        }
      }
    }
    if (values.isEmpty()) return Optional.empty();
    String type = null;
    for (Expression value : values) {
      if (!(value instanceof ObjectCreationExpr creation)) return Optional.empty();
      String created = simpleName(creation.getType());
      if (!NOT_THREAD_SAFE.contains(created) || creation.getAnonymousClassBody().isPresent()) return Optional.empty();
      if (type == null) type = created;
    }
    return Optional.ofNullable(type);
  }

  private static Set<String> mutators(String type) {
    if (type.equals("StringBuilder")) return BUILDER_MUTATORS;
    if (type.endsWith("Format")) return FORMAT_MUTATORS;
    return COLLECTION_MUTATORS;
  }

  static String simpleName(Type type) {
    if (type instanceof ClassOrInterfaceType c) return c.getNameAsString();
    return type.asString();
  }

  /**
   * Whether every request shares instances of {@code type}: the handler class and its scanned
   * superclasses (one handler object per execution environment), enums, and classes that the
   * sources only ever instantiate in init code.
   */
  private boolean isShared(TypeDeclaration<?> type, List<TypeDeclaration<?>> handlerTypes) {
    if (handlerTypes.stream().anyMatch(t -> t == type)) return true;
    if (type instanceof EnumDeclaration) return true;
    synchronized (sharedInstances) {
      Boolean known = sharedInstances.get(type);
      if (known != null) return known;
    }
    boolean shared = instantiatedOnlyAtInit(type);
    synchronized (sharedInstances) {
      sharedInstances.put(type, shared);
    }
    return shared;
  }

  private volatile Map<String, List<ObjectCreationExpr>> creationsByName;

  /** Every {@code new X(…)} of the scanned sources by the simple name written, indexed once. */
  private Map<String, List<ObjectCreationExpr>> creations() {
    Map<String, List<ObjectCreationExpr>> index = creationsByName;
    if (index == null) {
      Map<String, List<ObjectCreationExpr>> built = new java.util.HashMap<>();
      for (JavaSource source : sources) {
        for (ObjectCreationExpr creation : source.unit().findAll(ObjectCreationExpr.class)) {
          built.computeIfAbsent(creation.getType().getNameAsString(), k -> new ArrayList<>()).add(creation);
        }
      }
      index = creationsByName = built;
    }
    return index;
  }

  private boolean instantiatedOnlyAtInit(TypeDeclaration<?> type) {
    boolean any = false;
    for (ObjectCreationExpr creation : creations().getOrDefault(type.getNameAsString(), List.of())) {
      Optional<TypeInfo> created = types.resolve(creation, creation.getType().getNameWithScope());
      if (created.isEmpty() || created.get().declaration() != type) continue;
      if (isOnPath.test(creation) || !isInitCode.test(creation)) return false;
      any = true;
    }
    return any;
  }

  /** Whether {@code node} is {@code root}'s own code: not a method of an anonymous or local class inside it. */
  private static boolean belongsTo(Node node, Node root) {
    for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n == root) return true;
      if (n instanceof CallableDeclaration<?> || n instanceof TypeDeclaration<?>) return false;
      if (n instanceof LambdaExpr && n == root) return true;
    }
    return false;
  }

  /**
   * Inside a {@code synchronized} block, or after a {@code lock()} / {@code lockInterruptibly()} /
   * {@code writeLock()} call earlier in an enclosing block ({@code lock.lock(); try { … } finally
   * { lock.unlock(); }}), or under {@code if (lock.tryLock())}.
   */
  private static boolean isGuarded(Node node, Node root) {
    Node child = node;
    for (Node n = node.getParentNode().orElse(null); n != null && child != root; child = n, n = n.getParentNode().orElse(null)) {
      if (n instanceof SynchronizedStmt) return true;
      if (n instanceof IfStmt ifStmt && ifStmt.getThenStmt() == child && callsAny(ifStmt.getCondition(), Set.of("tryLock"))) {
        return true;
      }
      if (n instanceof BlockStmt block) {
        boolean locked = false;
        for (Statement before : block.getStatements()) {
          if (before == child) break;
          if (isLockStatement(before)) locked = true;
          else if (releasesLock(before)) locked = false;
        }
        if (locked) return true;
      }
    }
    return false;
  }

  /** {@code lock.unlock();}, or a {@code try} whose {@code finally} unlocks: the lock region ended there. */
  private static boolean releasesLock(Statement statement) {
    if (statement instanceof ExpressionStmt e && e.getExpression() instanceof MethodCallExpr call) {
      return call.getNameAsString().startsWith("unlock");
    }
    if (statement instanceof com.github.javaparser.ast.stmt.TryStmt t) {
      return t.getFinallyBlock().map(f -> f.findAll(MethodCallExpr.class).stream()
          .anyMatch(c -> c.getNameAsString().startsWith("unlock"))).orElse(false);
    }
    return false;
  }

  private static boolean isLockStatement(Statement statement) {
    if (statement instanceof ExpressionStmt e) {
      Expression expression = e.getExpression();
      if (expression instanceof MethodCallExpr call) return LOCK_CALLS.contains(call.getNameAsString());
      if (expression instanceof VariableDeclarationExpr v) {
        return v.getVariables().stream().anyMatch(d -> d.getInitializer().filter(MethodCallExpr.class::isInstance)
            .map(i -> LOCK_CALLS.contains(((MethodCallExpr) i).getNameAsString())).orElse(false));
      }
      if (expression instanceof AssignExpr a && a.getValue() instanceof MethodCallExpr call) {
        return LOCK_CALLS.contains(call.getNameAsString());
      }
    }
    return false;
  }

  private static boolean callsAny(Expression expression, Set<String> names) {
    return expression.findAll(MethodCallExpr.class).stream().anyMatch(c -> names.contains(c.getNameAsString()));
  }

  /**
   * Lazy initialisation, set once on the first request: {@code if (field == null) field = …} (also
   * {@code this.field}), the same under a flag field ({@code if (!initialized) { … }}), and the
   * early-return form {@code if (field != null) return field; … field = …} (any field checked).
   */
  private boolean isLazyInitialisation(AssignExpr assign, String field) {
    Node child = assign;
    for (Node n = assign.getParentNode().orElse(null); n != null && !(n instanceof CallableDeclaration<?>);
        child = n, n = n.getParentNode().orElse(null)) {
      if (n instanceof IfStmt ifStmt && ifStmt.getThenStmt() == child
          && (comparesWithNull(ifStmt.getCondition(), field, BinaryExpr.Operator.EQUALS) || isUnsetFlag(ifStmt.getCondition()))) {
        return true;
      }
      if (n instanceof BlockStmt block) {
        for (Statement before : block.getStatements()) {
          if (before == child) break;
          if (before instanceof IfStmt ifStmt && returns(ifStmt.getThenStmt()) && ifStmt.getElseStmt().isEmpty()
              && checksSomeFieldNotNull(ifStmt.getCondition())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** {@code !initialized} / {@code !this.initialized} where {@code initialized} is a field. */
  private boolean isUnsetFlag(Expression condition) {
    Expression inner = condition instanceof com.github.javaparser.ast.expr.EnclosedExpr e ? e.getInner() : condition;
    return inner instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT && isField(u.getExpression());
  }

  /** {@code x != null} where {@code x} is a field. */
  private boolean checksSomeFieldNotNull(Expression condition) {
    Expression inner = condition instanceof com.github.javaparser.ast.expr.EnclosedExpr e ? e.getInner() : condition;
    return inner instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.NOT_EQUALS
        && ((b.getRight().isNullLiteralExpr() && isField(b.getLeft())) || (b.getLeft().isNullLiteralExpr() && isField(b.getRight())));
  }

  private boolean isField(Expression e) {
    if (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) return true;
    return e instanceof NameExpr n && expressions.variableType(n, n.getNameAsString()).flatMap(SharedState::declaratorOf)
        .flatMap(v -> v.getParentNode()).filter(FieldDeclaration.class::isInstance).isPresent();
  }

  private static boolean returns(Statement statement) {
    if (statement instanceof ReturnStmt) return true;
    return statement instanceof BlockStmt b && !b.getStatements().isEmpty() && b.getStatements().getLast().orElseThrow() instanceof ReturnStmt;
  }

  private static boolean comparesWithNull(Expression condition, String field, BinaryExpr.Operator operator) {
    return condition.findAll(BinaryExpr.class).stream()
        .filter(b -> b.getOperator() == operator)
        .anyMatch(b -> (b.getRight().isNullLiteralExpr() && names(b.getLeft(), field))
            || (b.getLeft().isNullLiteralExpr() && names(b.getRight(), field)));
  }

  private static boolean names(Expression e, String field) {
    return (e instanceof NameExpr n && n.getNameAsString().equals(field))
        || (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr && f.getNameAsString().equals(field));
  }

  // ---- files under /tmp written by a fixed name ----

  /** The fixed {@code /tmp/…} path a call writes: {@code Files.write(Path.of("/tmp/a.json"), …)}, {@code ResponseTransformer.toFile(…)}, {@code s3.getObject(request, path)}. */
  private Optional<String> tmpFileWritten(MethodCallExpr call) {
    String name = call.getNameAsString();
    Optional<String> scope = call.getScope().flatMap(TypeNames::spelledTypeName)
        .filter(s -> !expressions.isVariable(call, s.split("\\.")[0]));
    Expression target = null;
    if (scope.map(s -> s.equals("Files") || s.equals("java.nio.file.Files")).orElse(false)) {
      if (FILES_WRITE_FIRST.contains(name) && call.getArguments().size() >= 1) target = call.getArgument(0);
      if (FILES_WRITE_SECOND.contains(name) && call.getArguments().size() >= 2) target = call.getArgument(1);
    } else if (scope.map(s -> s.endsWith("ResponseTransformer")).orElse(false) && name.equals("toFile")
        && call.getArguments().size() == 1) {
      target = call.getArgument(0);
    } else if (scope.isEmpty() && call.getScope().isPresent() && name.equals("getObject") && call.getArguments().size() == 2) {
      target = call.getArgument(1);
    }
    return target == null ? Optional.empty() : fixedTmpPath(target, 0);
  }

  /** The fixed {@code /tmp/…} path {@code new FileOutputStream("/tmp/x")} (and the other writers) opens for writing. */
  private Optional<String> tmpFileWritten(ObjectCreationExpr creation) {
    String type = creation.getType().getNameAsString();
    if (!WRITER_TYPES.contains(type) || creation.getArguments().isEmpty()) return Optional.empty();
    if (type.equals("RandomAccessFile")) {
      boolean writes = creation.getArguments().size() == 2 && creation.getArgument(1) instanceof StringLiteralExpr mode
          && mode.asString().contains("w");
      if (!writes) return Optional.empty();
    }
    return fixedTmpPath(creation.getArgument(0), 0);
  }

  /**
   * The path {@code e} always denotes when it lies under {@code /tmp/}: a string constant,
   * {@code Path.of}/{@code Paths.get}/{@code new File} of constants, {@code .resolve(constant)}, and
   * locals or final fields holding one of those. Empty when any part may differ per request.
   */
  private Optional<String> fixedTmpPath(Expression e, int depth) {
    return fixedPath(e, depth).filter(p -> p.startsWith("/tmp/") && p.length() > "/tmp/".length());
  }

  private Optional<String> fixedPath(Expression e, int depth) {
    if (e == null || depth > MAX_DEPTH) return Optional.empty();
    if (e instanceof com.github.javaparser.ast.expr.EnclosedExpr en) return fixedPath(en.getInner(), depth + 1);
    if (e instanceof StringLiteralExpr s) return Optional.of(s.asString());
    if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      Optional<String> left = fixedPath(b.getLeft(), depth + 1);
      Optional<String> right = left.isEmpty() ? Optional.empty() : fixedPath(b.getRight(), depth + 1);
      return right.map(r -> left.get() + r);
    }
    if (e instanceof ObjectCreationExpr creation && creation.getType().getNameAsString().equals("File")) {
      return joined(creation.getArguments(), depth);
    }
    if (e instanceof MethodCallExpr call) {
      String name = call.getNameAsString();
      Optional<String> scope = call.getScope().flatMap(TypeNames::spelledTypeName)
          .filter(s -> !expressions.isVariable(call, s.split("\\.")[0]));
      if ((name.equals("get") && scope.map(s -> s.endsWith("Paths")).orElse(false))
          || (name.equals("of") && scope.map(s -> s.equals("Path") || s.equals("java.nio.file.Path")).orElse(false))) {
        return joined(call.getArguments(), depth);
      }
      if ((name.equals("resolve") || name.equals("toPath") || name.equals("toFile")) && call.getScope().isPresent() && scope.isEmpty()) {
        Optional<String> base = fixedPath(call.getScope().get(), depth + 1);
        if (base.isEmpty()) return base;
        if (call.getArguments().isEmpty()) return base;
        if (call.getArguments().size() != 1) return Optional.empty();
        return fixedPath(call.getArgument(0), depth + 1).map(child -> base.get() + "/" + child);
      }
      return Optional.empty();
    }
    if (e instanceof NameExpr n) {
      Optional<VariableDeclarator> v = expressions.variableType(n, n.getNameAsString()).flatMap(SharedState::declaratorOf);
      if (v.isEmpty() || v.get().getInitializer().isEmpty()) return Optional.empty();
      Node holder = v.get().getParentNode().orElse(null);
      if (holder instanceof FieldDeclaration f) {
        return f.isFinal() ? fixedPath(v.get().getInitializer().get(), depth + 1) : Optional.empty();
      }
      if (holder instanceof VariableDeclarationExpr) {
        Node body = v.get().findAncestor(CallableDeclaration.class).map(c -> (Node) c).orElse(null);
        boolean reassigned = body != null && body.findAll(AssignExpr.class).stream()
            .anyMatch(a -> a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(n.getNameAsString()));
        return reassigned ? Optional.empty() : fixedPath(v.get().getInitializer().get(), depth + 1);
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private Optional<String> joined(List<Expression> parts, int depth) {
    if (parts.isEmpty()) return Optional.empty();
    StringBuilder path = new StringBuilder();
    for (Expression part : parts) {
      Optional<String> text = fixedPath(part, depth + 1);
      if (text.isEmpty()) return Optional.empty();
      if (path.length() > 0 && !path.toString().endsWith("/")) path.append('/');
      path.append(text.get());
    }
    return Optional.of(path.toString());
  }
}
