package dev.lambdalint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a type name written in a compilation unit can mean, by Java's rules: a fully qualified
 * name, a single-type import, the unit's own package, {@code java.lang}, or an on-demand import.
 * So {@code S3Client} is recognised whether imported or written in full, and a same-named class
 * of another package is not taken for it.
 */
public final class TypeNames {
  private TypeNames() {}

  /**
   * The fully qualified names {@code name} may denote in {@code unit}, most likely first. A single
   * -type import or a qualified name gives exactly one; on-demand imports each add a candidate.
   */
  public static List<String> candidates(CompilationUnit unit, String name) {
    List<String> result = new ArrayList<>();
    if (name.isEmpty()) return result;
    String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    String rest = name.contains(".") ? name.substring(name.indexOf('.')) : "";
    if (Character.isLowerCase(first.charAt(0)) && !rest.isEmpty()) {
      result.add(name); // a package-qualified name
      return result;
    }
    for (ImportDeclaration imp : unit.getImports()) {
      if (!imp.isAsterisk() && !imp.isStatic() && imp.getName().getIdentifier().equals(first)) {
        result.add(imp.getNameAsString() + rest);
        return result; // a single-type import shadows everything else
      }
    }
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
    result.add(pkg + name);
    for (ImportDeclaration imp : unit.getImports()) {
      if (imp.isAsterisk() && !imp.isStatic()) result.add(imp.getNameAsString() + "." + name);
    }
    result.add("java.lang." + name);
    return result;
  }

  /** Candidates for a written type such as {@code OkHttpClient.Builder}. */
  public static List<String> candidates(CompilationUnit unit, ClassOrInterfaceType type) {
    return candidates(unit, type.getNameWithScope());
  }

  /** True when {@code name} in {@code unit} may denote {@code fqn}. */
  public static boolean denotes(CompilationUnit unit, String name, String fqn) {
    return candidates(unit, name).contains(fqn);
  }

  /**
   * The type name an expression spells when it is used as a type ({@code S3Client} in
   * {@code S3Client.builder()}, or {@code java.net.http.HttpClient}); empty for other expressions.
   */
  public static Optional<String> spelledTypeName(Expression scope) {
    if (scope instanceof NameExpr n) return Optional.of(n.getNameAsString());
    if (scope instanceof FieldAccessExpr f) {
      return spelledTypeName(f.getScope()).map(s -> s + "." + f.getNameAsString());
    }
    return Optional.empty();
  }
}
