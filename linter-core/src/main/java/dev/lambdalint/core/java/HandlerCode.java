package dev.lambdalint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.core.java.TypeIndex.TypeInfo;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * All the scanned code that runs for one handler, at init or per invocation: its invocation path,
 * the init code of the handler class and its scanned superclasses (field initialisers, initializer
 * blocks, constructors) and every scanned method or constructor they call, transitively, the
 * initialisers of the classes that code builds, and the static initialisers of the classes it
 * uses ({@code Config.TABLE}, {@code Config.load()}), which run when the class is first used.
 * Calls whose target the sources do not tell are not followed, as on the invocation path.
 */
final class HandlerCode {
  private final TypeIndex types;
  private final InvocationResolver resolver;
  /** Members (callables, field declarations, initializer blocks) that run for the handler. */
  private final Set<Node> members = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<TypeDeclaration<?>> staticallyInitialised = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<TypeDeclaration<?>> instancesBuilt = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Deque<Work> work = new ArrayDeque<>();

  /** A member to walk, and the runtime class its unqualified calls resolve in. */
  private record Work(Node member, TypeInfo runtimeType) {}

  HandlerCode(TypeIndex types, InvocationResolver resolver, JavaModel.Handler handler, List<CallableDeclaration<?>> invocationPath) {
    this.types = types;
    this.resolver = resolver;
    TypeInfo runtimeType = types.of(handler.type()).orElseThrow();
    for (TypeInfo t : types.hierarchy(runtimeType)) {
      initialiseStatically(t);
      for (Node member : t.declaration().getMembers()) {
        if (member instanceof FieldDeclaration || member instanceof InitializerDeclaration
            || member instanceof com.github.javaparser.ast.body.ConstructorDeclaration) {
          add(member, runtimeType);
        }
      }
    }
    for (CallableDeclaration<?> callable : invocationPath) {
      types.enclosing(callable).ifPresent(t -> add(callable, t.declaration() == handler.type() ? runtimeType : t));
    }
    while (!work.isEmpty()) walk(work.poll());
  }

  /** Whether {@code node} lies in code that runs for the handler. */
  boolean runs(Node node) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (members.contains(n)) return true;
    }
    return false;
  }

  /** The source files (compilation units) holding code that runs for the handler. */
  Set<CompilationUnit> units() {
    Set<CompilationUnit> units = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node member : members) member.findCompilationUnit().ifPresent(units::add);
    return units;
  }

  private void add(Node member, TypeInfo runtimeType) {
    if (members.add(member)) work.add(new Work(member, runtimeType));
  }

  private void initialiseStatically(TypeInfo type) {
    for (TypeInfo t : types.hierarchy(type)) {
      if (!staticallyInitialised.add(t.declaration())) continue;
      for (Node member : t.declaration().getMembers()) {
        if (member instanceof FieldDeclaration f && f.isStatic() || member instanceof InitializerDeclaration i && i.isStatic()) {
          add(member, t);
        }
      }
    }
  }

  private void build(TypeInfo type) {
    initialiseStatically(type);
    for (TypeInfo t : types.hierarchy(type)) {
      if (!instancesBuilt.add(t.declaration())) continue;
      for (Node member : t.declaration().getMembers()) {
        if (member instanceof FieldDeclaration f && !f.isStatic() || member instanceof InitializerDeclaration i && !i.isStatic()) {
          add(member, type);
        }
      }
    }
  }

  private void walk(Work item) {
    Node member = item.member();
    for (MethodCallExpr call : member.findAll(MethodCallExpr.class)) {
      for (InvocationResolver.Target target : resolver.targets(call, item.runtimeType())) reach(target);
    }
    for (MethodReferenceExpr reference : member.findAll(MethodReferenceExpr.class)) {
      for (InvocationResolver.Target target : resolver.targets(reference, item.runtimeType())) reach(target);
    }
    for (ObjectCreationExpr creation : member.findAll(ObjectCreationExpr.class)) {
      types.resolve(creation, creation.getType().getNameWithScope()).ifPresent(this::build);
      for (InvocationResolver.Target target : resolver.targets(creation)) reach(target);
    }
    for (FieldAccessExpr access : member.findAll(FieldAccessExpr.class)) {
      if (access.getScope() instanceof NameExpr n && !resolver.expressions().isVariable(n, n.getNameAsString())) {
        types.resolve(n, n.getNameAsString()).ifPresent(this::initialiseStatically);
      }
    }
  }

  private void reach(InvocationResolver.Target target) {
    types.enclosing(target.callable()).ifPresent(this::initialiseStatically);
    add(target.callable(), target.runtimeType());
  }
}
