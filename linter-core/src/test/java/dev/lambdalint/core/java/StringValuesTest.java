package dev.lambdalint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lambdalint.core.model.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a string expression is known to hold: the argument of each {@code use(…)} call, in order. */
class StringValuesTest {
  private static final Path ROOT = Path.of("/project").toAbsolutePath();
  private final JavaParsing parsing = new JavaParsing();

  private JavaSource parse(String path, String text) {
    return parsing.parse(SourceFile.of(ROOT.resolve(path), ROOT), text).source().orElseThrow();
  }

  private List<StringValue> valuesOfUseCalls(JavaSource... sources) {
    JavaModel model = JavaModel.of(List.of(sources));
    return sources[0].unit().findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("use")).stream()
        .map(c -> model.stringValue(c.getArgument(0))).toList();
  }

  @Test
  void literalsConstantsFieldsAndEnvironmentVariablesAreFollowed() {
    JavaSource handler = parse("src/a/Handler.java", """
        package a;
        public class Handler {
          static final String NAME = "orders-" + "fn";
          private final String target;
          private final String fromEnv = System.getenv("TARGET");
          Handler() { target = java.util.Objects.requireNonNull(System.getenv("PAYMENTS")); }
          void run() {
            use("literal");
            use(NAME);
            use(target);
            use(this.fromEnv.strip());
            use(Names.AUDIT);
            String local = System.getenv("LOCAL");
            use(local);
          }
          void use(String s) {}
        }
        """);
    JavaSource names = parse("src/a/Names.java", """
        package a;
        final class Names { static final String AUDIT = "audit-fn"; }
        """);

    assertThat(valuesOfUseCalls(handler, names)).containsExactly(
        new StringValue.Literal("literal"),
        new StringValue.Literal("orders-fn"),
        new StringValue.EnvVariable("PAYMENTS"),
        new StringValue.EnvVariable("TARGET"),
        new StringValue.Literal("audit-fn"),
        new StringValue.EnvVariable("LOCAL"));
  }

  @Test
  void whatMayHoldSeveralValuesIsUnknown() {
    JavaSource handler = parse("src/a/Handler.java", """
        package a;
        public class Handler {
          private String mutable = "first";
          void set() { mutable = "second"; }
          void run(String parameter, boolean flag) {
            use(parameter);
            use(mutable);
            String reassigned = "one";
            if (flag) reassigned = "two";
            use(reassigned);
            use(flag ? "a" : "b");
            use(System.getenv(parameter));
            use(compute());
          }
          String compute() { return "x"; }
          void use(String s) {}
        }
        """);

    assertThat(valuesOfUseCalls(handler)).containsOnly(StringValue.UNKNOWN);
  }

  @Test
  void aLocalDeclaredAfterTheUseDoesNotShadowTheField() {
    JavaSource handler = parse("src/a/Handler.java", """
        package a;
        public class Handler {
          private final String response = System.getenv("RESPONSE_FN");
          void run() {
            use(response);
            Object response = new Object();
          }
          void use(String s) {}
        }
        """);

    assertThat(valuesOfUseCalls(handler)).containsExactly(new StringValue.EnvVariable("RESPONSE_FN"));
  }
}
