package dev.lambdalint.core.cdk;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one CDK Java file being read: its constructs, the resources emitted so far, and
 * the helpers every kind of construct uses (references, lists, ARNs).
 */
final class CdkFile {
  final SourceFile file;
  final CompilationUnit unit;
  final CdkTypes types;
  final CdkValues values = new CdkValues();
  final Draft.DMap resources;
  /** Where {@code Code.fromAsset} paths are relative to: the folder of {@code cdk.json}, else of the CDK module's pom. */
  final Path assetBase;
  final List<Made> made = new ArrayList<>();
  private final Map<Expression, Made> byWhole = new IdentityHashMap<>();
  private final Set<String> logicalIds = new HashSet<>();

  CdkFile(SourceFile file, CompilationUnit unit, Path assetBase) {
    this.file = file;
    this.unit = unit;
    this.types = new CdkTypes(unit);
    this.assetBase = assetBase;
    TextRange top = CdkValues.range(unit);
    this.resources = new Draft.DMap(top);
  }

  void register(Made m) {
    made.add(m);
    byWhole.put(m.whole, m);
  }

  /** A logical id made from {@code base}: alphanumeric, unique in the file (a number appended on a clash). */
  String allocate(String base) {
    String clean = base.replaceAll("[^A-Za-z0-9]", "");
    if (clean.isEmpty()) clean = "Construct";
    String id = clean;
    for (int i = 2; !logicalIds.add(id); i++) id = clean + i;
    return id;
  }

  /** Emits a resource: {@code Type} and {@code Metadata aws:cdk:path} at {@code at}, its key at {@code at}. */
  Draft.DMap emit(String logicalId, String type, String cdkPath, TextRange at) {
    Draft.DMap resource = new Draft.DMap(at);
    resource.put("Type", at, Draft.text(type, at));
    resource.put("Properties", at, new Draft.DMap(at));
    resource.put("Metadata", at, new Draft.DMap(at).put("aws:cdk:path", at, Draft.text(cdkPath, at)));
    resources.put(logicalId, at, resource);
    return resource;
  }

  static Draft.DMap properties(Draft.DMap resource) {
    return (Draft.DMap) resource.get("Properties").orElseThrow();
  }

  /** The construct {@code e} is, or names (a variable or field assigned it once). */
  Optional<Made> construct(Expression e) {
    if (e == null) return Optional.empty();
    Expression x = values.deref(e);
    return Optional.ofNullable(byWhole.get(x));
  }

  /** The construct {@code e} is, when it is one of type {@code pkg.simple} with a resource emitted. */
  Optional<Made> emitted(Expression e, String pkg, String simple) {
    return construct(e).filter(m -> m.is(pkg, simple) && m.logicalId != null);
  }

  /** What CDK's token for the construct's ARN synthesizes to; unknowable for constructs not emitted. */
  Draft arn(Optional<Made> m, Expression e, TextRange at) {
    if (m.isEmpty() || m.get().logicalId == null) return Draft.unknowable(e.toString(), at);
    Made c = m.get();
    if (c.is(CdkTypes.SNS, "Topic")) return Draft.ref(c.logicalId, at);
    return Draft.getAtt(c.logicalId, "Arn", at);
  }

  /**
   * An ARN-valued expression: a construct ({@code queue}), its ARN getter ({@code queue.getQueueArn()}),
   * a string constant; anything else unknowable.
   */
  Draft arnOf(Expression e, TextRange at) {
    Expression x = values.deref(e);
    Optional<Made> direct = construct(x);
    if (direct.isPresent()) return arn(direct, e, at);
    if (x instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()
        && call.getNameAsString().matches("get[A-Za-z]*Arn")) {
      return arn(construct(call.getScope().get()), e, at);
    }
    return values.scalar(x, at);
  }

  /**
   * The items of a list-valued expression ({@code List.of(…)}, {@code Arrays.asList(…)},
   * {@code Collections.singletonList(…)}, {@code new String[] {…}}, a variable assigned one of
   * those); empty when the list cannot be known.
   */
  Optional<List<Expression>> items(Expression e) {
    Expression x = values.deref(e);
    if (x instanceof MethodCallExpr call && call.getScope().isPresent()) {
      String scope = call.getScope().get().toString();
      String name = call.getNameAsString();
      if ((scope.equals("List") || scope.equals("Set")) && name.equals("of")
          || scope.equals("Arrays") && name.equals("asList")
          || scope.equals("Collections") && (name.equals("singletonList") || name.equals("singleton"))
          || scope.equals("Collections") && name.equals("emptyList")) {
        return Optional.of(List.copyOf(call.getArguments()));
      }
    }
    if (x instanceof MethodCallExpr call && call.getScope().isEmpty() && staticallyImported(call.getNameAsString())) {
      return Optional.of(List.copyOf(call.getArguments()));
    }
    if (x instanceof ArrayCreationExpr array && array.getInitializer().isPresent()) {
      return Optional.of(List.copyOf(array.getInitializer().get().getValues()));
    }
    if (x instanceof ArrayInitializerExpr init) return Optional.of(List.copyOf(init.getValues()));
    return Optional.empty();
  }

  /**
   * The items of a setter: {@code .actions(List.of("a", "b"))} or varargs {@code .actions("a", "b")}
   * ({@code Arrays}); empty when not knowable.
   */
  Optional<List<Expression>> items(CdkChains.Setter setter) {
    if (setter.args().size() == 1) {
      Optional<List<Expression>> list = items(setter.arg());
      if (list.isPresent()) return list;
      // a single string is a one-item vararg
      return values.string(setter.arg()).isPresent() ? Optional.of(List.of(setter.arg())) : Optional.empty();
    }
    return Optional.of(setter.args());
  }

  /** {@code asList}/{@code singletonList} imported statically from {@code java.util.Arrays}/{@code Collections}. */
  private boolean staticallyImported(String method) {
    if (!method.equals("asList") && !method.equals("singletonList")) return false;
    String owner = method.equals("asList") ? "java.util.Arrays" : "java.util.Collections";
    return unit.getImports().stream().anyMatch(i -> i.isStatic()
        && (i.isAsterisk() ? i.getNameAsString().equals(owner) : i.getNameAsString().equals(owner + "." + method)));
  }

  /** Whether {@code e} is {@code this}. */
  static boolean isThis(Expression e) {
    return CdkValues.strip(e) instanceof ThisExpr;
  }

  /** The variable a construct creation is stored in, when it is ({@code Function fn = …}, {@code this.fn = …}). */
  static Optional<String> variableOf(Expression whole) {
    com.github.javaparser.ast.Node parent = whole.getParentNode().orElse(null);
    if (parent instanceof VariableDeclarator v) return Optional.of(v.getNameAsString());
    if (parent instanceof AssignExpr a && a.getValue() == whole) return CdkValues.simpleName(a.getTarget());
    return Optional.empty();
  }

  /** The file's top-level class or the first type declared. */
  Optional<TypeDeclaration<?>> mainType() {
    return unit.getPrimaryType().or(() -> unit.getTypes().stream().findFirst());
  }

  static boolean isCreation(Expression e) {
    return e instanceof ObjectCreationExpr || e instanceof MethodCallExpr m && CdkChains.isBuilderCreate(m);
  }
}
