package dev.lambdalint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.lambdalint.core.model.Horizon;
import dev.lambdalint.core.model.Nearest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every type declared in the scanned sources, by fully qualified name, with its hierarchy. */
final class TypeIndex {

  /** A scanned type. */
  record TypeInfo(JavaSource source, TypeDeclaration<?> declaration, String fqn) {
    String simpleName() {
      return declaration.getNameAsString();
    }

    boolean isAbstractOrInterface() {
      return declaration instanceof ClassOrInterfaceDeclaration c && (c.isAbstract() || c.isInterface());
    }
  }

  /** Several projects scanned together may each declare {@code com.example.App}: all are kept. */
  private final Map<String, List<TypeInfo>> byName = new LinkedHashMap<>();
  private final Map<TypeDeclaration<?>, TypeInfo> byDeclaration = new java.util.IdentityHashMap<>();
  private final Map<com.github.javaparser.ast.CompilationUnit, JavaSource> sourceOf = new java.util.IdentityHashMap<>();

  private final Horizon horizon;

  TypeIndex(List<JavaSource> sources, Horizon horizon) {
    this.horizon = horizon;
    for (JavaSource source : sources) {
      sourceOf.put(source.unit(), source);
      String pkg = source.unit().getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
      for (TypeDeclaration<?> type : source.unit().getTypes()) add(source, type, pkg + type.getNameAsString());
    }
  }

  private void add(JavaSource source, TypeDeclaration<?> type, String fqn) {
    TypeInfo info = new TypeInfo(source, type, fqn);
    byName.computeIfAbsent(fqn, k -> new ArrayList<>()).add(info);
    byDeclaration.put(type, info);
    for (var member : type.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) add(source, nested, fqn + "." + nested.getNameAsString());
    }
  }

  List<TypeInfo> all() {
    return byName.values().stream().flatMap(List::stream).toList();
  }

  /** Every scanned type of that name (one per project that declares it). */
  List<TypeInfo> all(String fqn) {
    return byName.getOrDefault(fqn, List.of());
  }

  /** The type of that name declared nearest to {@code near}: same project before another one. */
  Optional<TypeInfo> get(String fqn, Node near) {
    java.nio.file.Path from = near == null ? null : near.findCompilationUnit().map(sourceOf::get)
        .map(source -> source.file().absolutePath()).orElse(null);
    return nearest(fqn, from).stream().findFirst();
  }

  /**
   * The types of that name declared nearest to {@code from} (a file or folder): those sharing the
   * longest leading run of folders with it, in scan order. Several projects of a repository may
   * each declare {@code com.example.App}; each resolves to its own. Without {@code from}, the
   * first declared. The run's {@link Horizon} hears of every lookup its project does not answer.
   */
  List<TypeInfo> nearest(String fqn, java.nio.file.Path from) {
    List<TypeInfo> result = nearestOf(all(fqn), from);
    if (!horizon.answersInProject(from, result.isEmpty() ? null : result.get(0).source().file().absolutePath())) {
      horizon.typeLookup(fqn, from);
    }
    return result;
  }

  /** Those of {@code types} nearest to {@code from}, in their order; the first when {@code from} is null. */
  static List<TypeInfo> nearestOf(List<TypeInfo> types, java.nio.file.Path from) {
    return Nearest.of(types, t -> t.source().file().absolutePath(), from);
  }

  Optional<TypeInfo> of(TypeDeclaration<?> declaration) {
    return Optional.ofNullable(byDeclaration.get(declaration));
  }

  /** The scanned type enclosing {@code node}. */
  Optional<TypeInfo> enclosing(Node node) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> t) return of(t);
    }
    return Optional.empty();
  }

  /** The scanned type a name written at {@code context} denotes: nested types of enclosing classes first. */
  Optional<TypeInfo> resolve(Node context, String name) {
    String base = name.contains("<") ? name.substring(0, name.indexOf('<')) : name;
    for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> t) {
        Optional<TypeInfo> info = of(t);
        if (info.isPresent() && info.get().simpleName().equals(base)) return info;
        Optional<TypeInfo> nested = info.flatMap(i -> get(i.fqn() + "." + base, context));
        if (nested.isPresent()) return nested;
      }
    }
    return context.findCompilationUnit().flatMap(unit -> TypeNames.candidates(unit, base).stream()
        .map(fqn -> get(fqn, context)).flatMap(Optional::stream).findFirst());
  }

  /** The scanned superclass of {@code type}, if it extends one. */
  Optional<TypeInfo> superclass(TypeInfo type) {
    if (type.declaration() instanceof ClassOrInterfaceDeclaration c && !c.isInterface()) {
      for (ClassOrInterfaceType extended : c.getExtendedTypes()) {
        return resolve(c, extended.getNameWithScope());
      }
    }
    return Optional.empty();
  }

  /** {@code type} and its scanned superclasses, nearest first. */
  List<TypeInfo> hierarchy(TypeInfo type) {
    List<TypeInfo> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Optional<TypeInfo> t = Optional.of(type); t.isPresent() && seen.add(t.get().fqn()); t = superclass(t.get())) {
      chain.add(t.get());
    }
    return chain;
  }

  /**
   * Whether {@code type}, a scanned superclass or a scanned superinterface declares that it
   * implements (or extends) the interface {@code interfaceFqn}.
   */
  boolean implementsInterface(TypeInfo type, String interfaceFqn) {
    return implementsInterface(type, interfaceFqn, new HashSet<>());
  }

  private boolean implementsInterface(TypeInfo type, String interfaceFqn, Set<String> seen) {
    if (!seen.add(type.fqn())) return false;
    List<ClassOrInterfaceType> supertypes = new ArrayList<>();
    if (type.declaration() instanceof ClassOrInterfaceDeclaration c) {
      supertypes.addAll(c.getImplementedTypes());
      supertypes.addAll(c.getExtendedTypes());
    } else if (type.declaration() instanceof com.github.javaparser.ast.body.RecordDeclaration r) {
      supertypes.addAll(r.getImplementedTypes());
    } else if (type.declaration() instanceof com.github.javaparser.ast.body.EnumDeclaration e) {
      supertypes.addAll(e.getImplementedTypes());
    }
    for (ClassOrInterfaceType supertype : supertypes) {
      String written = supertype.getNameWithScope();
      if (TypeNames.candidates(type.source().unit(), written).contains(interfaceFqn)) return true;
      Optional<TypeInfo> scanned = resolve(type.declaration(), written);
      if (scanned.isPresent() && implementsInterface(scanned.get(), interfaceFqn, seen)) return true;
    }
    return false;
  }

  /** Methods named {@code name} taking {@code arity} arguments, from the nearest class in the hierarchy declaring any. */
  List<MethodDeclaration> methods(TypeInfo type, String name, int arity) {
    for (TypeInfo t : hierarchy(type)) {
      List<MethodDeclaration> found = t.declaration().getMethodsByName(name).stream()
          .filter(m -> arity < 0 || accepts(m, arity)).toList();
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }

  List<ConstructorDeclaration> constructors(TypeInfo type, int arity) {
    return type.declaration().getConstructors().stream().filter(c -> accepts(c, arity)).toList();
  }

  private static boolean accepts(CallableDeclaration<?> callable, int arity) {
    int params = callable.getParameters().size();
    boolean varargs = params > 0 && callable.getParameter(params - 1).isVarArgs();
    return varargs ? arity >= params - 1 : arity == params;
  }
}
