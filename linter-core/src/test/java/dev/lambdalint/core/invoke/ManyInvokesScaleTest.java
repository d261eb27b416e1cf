package dev.lambdalint.core.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.JavaParsing;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.java.StringValue;
import dev.lambdalint.core.model.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A handler method of many SDK invokes, each with its request in a local: every invoke searched
 * the whole method again for the request's declaration and the calls on it (1,000 / 4,000 invokes:
 * 8.7 / 142 s through the CLI). Each method is now indexed once; the work is compared at two sizes.
 */
class ManyInvokesScaleTest {
  private static final Path ROOT = Path.of("/project").toAbsolutePath();

  private static JavaSource handler(int invokes) {
    StringBuilder text = new StringBuilder("""
        package com.example;
        import com.amazonaws.services.lambda.runtime.*;
        import software.amazon.awssdk.services.lambda.LambdaClient;
        import software.amazon.awssdk.services.lambda.model.InvokeRequest;
        public class Handler implements RequestHandler<String, String> {
          private static final LambdaClient lambda = LambdaClient.create();
          public String handleRequest(String in, Context c) {
        """);
    for (int i = 0; i < invokes; i++) {
      text.append("    InvokeRequest r").append(i).append(" = InvokeRequest.builder().functionName(\"f").append(i)
          .append("\").build();\n    lambda.invoke(r").append(i).append(");\n");
    }
    text.append("    return in;\n  }\n}\n");
    return new JavaParsing().parse(SourceFile.of(ROOT.resolve("src/com/example/Handler.java"), ROOT), text.toString())
        .source().orElseThrow();
  }

  private static long work(int invokes) {
    JavaSource source = handler(invokes);
    LambdaInvocations finder = new LambdaInvocations(JavaModel.of(List.of(source)));
    List<LambdaInvocation> found = finder.in(source);
    assertThat(found).hasSize(invokes);
    assertThat(found.get(invokes - 1).target()).isEqualTo(new StringValue.Literal("f" + (invokes - 1)));
    assertThat(found).allMatch(i -> i.mode() == LambdaInvocation.Mode.SYNCHRONOUS);
    return finder.indexedNodes();
  }

  @Test
  void manyInvokesInOneMethodCostWorkInProportion() {
    long small = work(500);
    long large = work(2_000);
    assertThat(small).isPositive();
    assertThat((double) large / small).isBetween(3.0, 6.0);
  }
}
