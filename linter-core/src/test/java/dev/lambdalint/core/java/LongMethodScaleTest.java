package dev.lambdalint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.lambdalint.core.model.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 12: a handler method of 4,000 / 8,000 / 16,000 statements took 12 / 83 / 481 s,
 * because the declarations of the method's block were searched again for every call and name.
 * The blocks are now indexed once; the work (nodes visited to index them) grows with the method,
 * compared here at two sizes in one run.
 */
class LongMethodScaleTest {
  private static final Path ROOT = Path.of("/project").toAbsolutePath();

  /** A handler whose method declares {@code statements} locals, each used in a call on a field. */
  private static List<JavaSource> sources(int statements) {
    StringBuilder handler = new StringBuilder("""
        package com.example;
        import com.amazonaws.services.lambda.runtime.*;
        public class Handler implements RequestHandler<String, String> {
          private final Helper helper = new Helper();
          public String handleRequest(String in, Context c) {
            String v0 = in;
        """);
    for (int i = 1; i < statements; i++) {
      handler.append("    Helper h").append(i).append(" = helper;\n");
      handler.append("    String v").append(i).append(" = h").append(i).append(".work(v").append(i - 1).append(");\n");
    }
    handler.append("    return v").append(statements - 1).append(";\n  }\n}\n");
    JavaParsing parsing = new JavaParsing();
    JavaSource main = parsing.parse(SourceFile.of(ROOT.resolve("src/com/example/Handler.java"), ROOT), handler.toString())
        .source().orElseThrow();
    JavaSource helper = parsing.parse(SourceFile.of(ROOT.resolve("src/com/example/Helper.java"), ROOT), """
        package com.example;
        class Helper { String work(String s) { return s.trim(); } }
        """).source().orElseThrow();
    return List.of(main, helper);
  }

  /** Builds the model (every call on the path resolved) and asks every name's type, as rules do. */
  private static long work(int statements) {
    List<JavaSource> sources = sources(statements);
    JavaModel model = JavaModel.build(sources, List.of());
    assertThat(model.handlers()).hasSize(1);
    List<MethodCallExpr> calls = sources.get(0).unit().findAll(MethodCallExpr.class);
    assertThat(calls).hasSize(statements - 1);
    for (MethodCallExpr call : calls) {
      NameExpr receiver = call.getScope().orElseThrow().asNameExpr();
      assertThat(model.isVariable(call, receiver.getNameAsString())).isTrue();
      assertThat(model.typeCandidates(receiver)).contains("com.example.Helper");
      // through the local h<i> to the field: the helper's method is on the invocation path
    }
    assertThat(model.isOnInvocationPath(sources.get(1).unit().findFirst(MethodCallExpr.class).orElseThrow())).isTrue();
    return model.indexedNodes();
  }

  @Test
  void aLongHandlerMethodCostsWorkInProportionToItsLength() {
    long small = work(1_000);
    long large = work(4_000);
    assertThat(small).isPositive();
    // Four times the statements: about four times the work. Searching the block per name was
    // quadratic (16 times).
    assertThat((double) large / small).isBetween(3.0, 6.0);
  }
}
