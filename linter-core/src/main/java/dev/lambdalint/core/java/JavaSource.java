package dev.lambdalint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;

/** A parsed Java source file. */
public record JavaSource(SourceFile file, CompilationUnit unit) {

  /**
   * Where {@code node} is, as a lambdalint range: JavaParser's end column is inclusive, ours is
   * exclusive, so one is added once, here.
   */
  public Location location(Node node) {
    return new Location(file, rangeOf(node), null, null);
  }

  public static TextRange rangeOf(Node node) {
    return node.getRange()
        .map(r -> new TextRange(r.begin.line, r.begin.column, r.end.line, r.end.column + 1))
        .orElse(TextRange.startOfLine(1));
  }
}
