package dev.lambdalint.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.github.javaparser.ast.expr.Expression;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.JavaParsing;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes Java parsing and the Java model rules query: for any text, parsing returns a source or
 * a problem with a line (never throws), and building the model over what parsed — handler
 * resolution, invocation paths, expression types, string values — answers without throwing.
 *
 * <p>Regression inputs: {@code src/test/resources/dev/lambdalint/core/fuzz/JavaModelFuzzTestInputs/model/}.
 */
class JavaModelFuzzTest {
  private static final Path ROOT = Path.of("/fuzz");
  private static final JavaParsing PARSING = new JavaParsing();

  @FuzzTest(maxDuration = "10m")
  void model(byte[] input) {
    exercise(new String(input, StandardCharsets.UTF_8), "example.Handler::handle");
  }

  static void exercise(String text, String handler) {
    SourceFile file = SourceFile.of(ROOT.resolve("src/Handler.java"), ROOT);
    JavaParsing.Result result = PARSING.parse(file, text);
    assertThat(result.source().isPresent() != result.problem().isPresent()).isTrue();
    result.problem().ifPresent(p -> assertThat(p.range().startLine()).isPositive());
    if (result.source().isEmpty()) return;
    JavaSource source = result.source().get();
    List<JavaModel.HandlerReference> references = List.of(
        new JavaModel.HandlerReference(handler, ROOT),
        new JavaModel.HandlerReference("Handler", null),
        new JavaModel.HandlerReference("example.Handler::handleRequest", ROOT.resolve("src")));
    JavaModel model = JavaModel.build(List.of(source), references);
    references.forEach(model::resolve);
    model.handlers().forEach(h -> {
      h.qualifiedName();
      h.displayName();
    });
    int[] budget = {3_000};
    source.unit().walk(Expression.class, e -> {
      if (budget[0]-- <= 0) return;
      model.typeCandidates(e);
      model.stringValue(e);
      model.isOnInvocationPath(e);
      model.handlersReaching(e);
      model.isInitCode(e);
    });
  }
}
