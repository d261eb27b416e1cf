package dev.lambdalint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lambdalint.core.model.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a parsed file keeps: every node's position, none of the token list behind it. */
class JavaParsingTest {
  private static final Path ROOT = Path.of("/project").toAbsolutePath();

  private static JavaSource parse(String text) {
    return new JavaParsing().parse(SourceFile.of(ROOT.resolve("A.java"), ROOT), text).source().orElseThrow();
  }

  @Test
  void nodesAndCommentsKeepTheirRangesWithoutTheTokens() {
    JavaSource source = parse("""
        class A {
          // lambdalint:ignore LL101 reason
          void m() { client.invoke(1); }
        }
        """);
    MethodCallExpr call = source.unit().findFirst(MethodCallExpr.class).orElseThrow();
    assertThat(call.getRange()).contains(Range.range(3, 14, 3, 29));
    assertThat(source.unit().getAllComments()).singleElement()
        .satisfies(c -> assertThat(c.getRange()).contains(Range.range(2, 3, 2, 35)));
    assertThat(source.unit().findAll(Node.class)).allSatisfy(n -> {
      assertThat(n.getTokenRange()).isEmpty();
      assertThat(n.getRange()).isPresent();
    });
    assertThat(source.unit().getAllComments()).allSatisfy(c -> assertThat(c.getTokenRange()).isEmpty());
  }
}
