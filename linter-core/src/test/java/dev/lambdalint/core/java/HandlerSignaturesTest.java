package dev.lambdalint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.model.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A handler's event and return types, through however many generic base classes give them. */
class HandlerSignaturesTest {
  private static final Path ROOT = Path.of("/project").toAbsolutePath();

  private static JavaModel model(String... texts) {
    JavaParsing parsing = new JavaParsing();
    List<JavaSource> sources = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      sources.add(parsing.parse(SourceFile.of(ROOT.resolve("src/S" + i + ".java"), ROOT), texts[i]).source().orElseThrow());
    }
    return JavaModel.of(sources);
  }

  private static final String BASE = """
      package p;
      import com.amazonaws.services.lambda.runtime.*;
      public abstract class Base<I, O> implements RequestHandler<I, O> {
        public O handleRequest(I event, Context context) { return null; }
      }
      """;
  private static final String MID = """
      package p;
      import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
      public abstract class Mid<T> extends Base<T, SQSBatchResponse> {}
      """;

  @Test
  void typeVariablesAreFollowedDownToTheHandlerClass() {
    JavaModel java = model(BASE, MID, """
        package p;
        import com.amazonaws.services.lambda.runtime.events.SQSEvent;
        public class Handler extends Mid<SQSEvent> {}
        """);
    JavaModel.Handler handler = java.handlers().get(0);
    HandlerSignatures.EventParameter event = java.eventParameter(handler).orElseThrow();
    assertThat(event.candidates()).containsExactly("com.amazonaws.services.lambda.runtime.events.SQSEvent");
    assertThat(event.isInherited()).isTrue();
    assertThat(event.type().getBegin().orElseThrow().line).isEqualTo(3); // the type argument in Handler's extends clause
    assertThat(java.concreteType(handler, handler.method().getType()).orElseThrow().asString()).isEqualTo("SQSBatchResponse");
  }

  @Test
  void aRawBaseOrAGenericHandlerClassLeavesTheTypeUnknown() {
    JavaModel raw = model(BASE, "package p;\npublic class Handler extends Base {}\n");
    assertThat(raw.eventParameter(raw.handlers().get(0))).isEmpty();
    JavaModel direct = model("""
        package p;
        import com.amazonaws.services.lambda.runtime.*;
        import com.amazonaws.services.lambda.runtime.events.S3Event;
        public class Handler implements RequestHandler<S3Event, Void> {
          public Void handleRequest(S3Event event, Context context) { return null; }
        }
        """);
    HandlerSignatures.EventParameter event = direct.eventParameter(direct.handlers().get(0)).orElseThrow();
    assertThat(event.isInherited()).isFalse();
    assertThat(event.simpleName()).isEqualTo("S3Event");
  }
}
