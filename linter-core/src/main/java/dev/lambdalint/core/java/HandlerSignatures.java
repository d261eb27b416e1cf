package dev.lambdalint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import dev.lambdalint.core.java.JavaModel.TypeInfoView;
import java.util.List;
import java.util.Optional;

/** The types of a handler method's signature, resolved through the handler's generic base classes. */
public final class HandlerSignatures {
  private HandlerSignatures() {}

  /**
   * A handler's event parameter.
   *
   * @param parameter the first parameter of the handler method
   * @param type where its class is written: the parameter's type, or the type argument of the
   *     generic base class that gives it (the place to change, and to report at)
   * @param candidates the fully qualified names {@code type} may denote where it is written
   * @param scanned whether it denotes a class of the scanned sources (then no library class)
   */
  public record EventParameter(Parameter parameter, ClassOrInterfaceType type, List<String> candidates, boolean scanned) {
    /** Whether the parameter's type is written elsewhere than at the parameter (a generic base's type argument). */
    public boolean isInherited() {
      return parameter.getType() != type;
    }

    public String simpleName() {
      return type.getNameAsString();
    }
  }

  static Optional<EventParameter> eventParameter(JavaModel java, JavaModel.Handler handler) {
    if (handler.method().getParameters().isEmpty()) return Optional.empty();
    Parameter parameter = handler.method().getParameter(0);
    if (parameter.isVarArgs()) return Optional.empty();
    Optional<Type> concrete = concreteType(java, handler, parameter.getType());
    if (concrete.isEmpty() || !(concrete.get() instanceof ClassOrInterfaceType written)) return Optional.empty();
    CompilationUnit unit = written.findCompilationUnit().orElse(null);
    if (unit == null) return Optional.empty();
    String name = written.getNameWithScope();
    return Optional.of(new EventParameter(parameter, written, TypeNames.candidates(unit, name),
        java.resolveType(written, name).isPresent()));
  }

  static Optional<Type> concreteType(JavaModel java, JavaModel.Handler handler, Type type) {
    if (!(type instanceof ClassOrInterfaceType c) || c.getScope().isPresent()) return Optional.of(type);
    String name = c.getNameAsString();
    if (indexOf(handler.method().getTypeParameters(), name) >= 0) return Optional.empty(); // <T> T handleRequest(…)
    Optional<TypeDeclaration<?>> declaring = handler.method().findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
    if (declaring.isEmpty() || !(declaring.get() instanceof ClassOrInterfaceDeclaration owner)) return Optional.of(type);
    int index = indexOf(owner.getTypeParameters(), name);
    if (index < 0) return Optional.of(type);
    Optional<TypeInfoView> view = java.resolveType(handler.type(), handler.type().getNameAsString());
    if (view.isEmpty()) return Optional.empty();
    List<TypeInfoView> hierarchy = java.hierarchy(view.get()); // the handler class first, then its superclasses
    int level = -1;
    for (int i = 0; i < hierarchy.size(); i++) if (hierarchy.get(i).declaration() == owner) level = i;
    // Walk down from the declaring class to the handler class, following the type variable.
    for (int i = level - 1; i >= 0; i--) {
      if (!(hierarchy.get(i).declaration() instanceof ClassOrInterfaceDeclaration sub) || sub.getExtendedTypes().isEmpty()) {
        return Optional.empty();
      }
      Optional<NodeList<Type>> arguments = sub.getExtendedTypes().get(0).getTypeArguments();
      if (arguments.isEmpty() || arguments.get().size() <= index) return Optional.empty(); // raw, or <>
      Type argument = arguments.get().get(index);
      if (!(argument instanceof ClassOrInterfaceType ct)) return argument.isArrayType() ? Optional.of(argument) : Optional.empty();
      int next = ct.getScope().isEmpty() ? indexOf(sub.getTypeParameters(), ct.getNameAsString()) : -1;
      if (next < 0) return Optional.of(argument);
      index = next;
    }
    return Optional.empty(); // the handler class itself is generic, or the declaring class is not in its hierarchy
  }

  private static int indexOf(NodeList<TypeParameter> parameters, String name) {
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).getNameAsString().equals(name)) return i;
    }
    return -1;
  }
}
