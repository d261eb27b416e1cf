package dev.lambdalint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.model.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads of environment variables by name, each with whether it has a fallback, and what runs for a handler. */
class EnvironmentReadsTest {
  private static final Path ROOT = Path.of("/project").toAbsolutePath();
  private final JavaParsing parsing = new JavaParsing();

  private JavaSource parse(String path, String text) {
    return parsing.parse(SourceFile.of(ROOT.resolve(path), ROOT), text).source().orElseThrow();
  }

  private static final String HANDLER = """
      package a;
      import com.amazonaws.services.lambda.runtime.RequestHandler;
      import com.amazonaws.services.lambda.runtime.Context;
      public class Handler implements RequestHandler<String, String> {
        static final String KEY = "BY_CONSTANT";
        private final String plain = System.getenv("PLAIN");
        private final String checked = System.getenv("CHECKED");
        private final String constant = System.getenv(KEY);
        public String handleRequest(String in, Context c) {
          if (checked == null) return "";
          String viaMap = System.getenv().get("VIA_MAP");
          String defaulted = System.getenv().getOrDefault("DEFAULTED", "x");
          String optional = java.util.Optional.ofNullable(System.getenv("OPTIONAL")).orElse("x");
          boolean flag = "true".equals(System.getenv("FLAG"));
          String computed = System.getenv(in);
          return plain + constant + viaMap + defaulted + optional + flag + computed + Config.TABLE;
        }
        public static void main(String[] args) { System.getenv("MAIN_ONLY"); }
      }
      class Config {
        static final String TABLE = System.getenv("TABLE");
      }
      class Unused {
        String x() { return System.getenv("UNUSED"); }
      }
      """;

  @Test
  void readsByNameWithTheirFallbacks() {
    JavaSource source = parse("src/a/Handler.java", HANDLER);
    JavaModel model = JavaModel.of(List.of(source));
    List<String> reads = model.environmentReads(source).stream()
        .map(r -> r.name() + (r.hasFallback() ? " (fallback)" : "")).toList();
    assertThat(reads).containsExactly("PLAIN", "CHECKED (fallback)", "BY_CONSTANT", "VIA_MAP", "OPTIONAL (fallback)",
        "FLAG (fallback)", "MAIN_ONLY", "TABLE", "UNUSED");
  }

  @Test
  void initCodeAndInvocationPathRunForTheHandlerMainAndUnusedCodeDoNot() {
    JavaSource source = parse("src/a/Handler.java", HANDLER);
    JavaModel model = JavaModel.of(List.of(source));
    JavaModel.Handler handler = model.handlers().get(0);
    List<String> running = model.environmentReads(source).stream()
        .filter(r -> model.runsFor(handler, r.call())).map(EnvironmentReads.Read::name).toList();
    assertThat(running).containsExactly("PLAIN", "CHECKED", "BY_CONSTANT", "VIA_MAP", "OPTIONAL", "FLAG", "TABLE");
  }

  @Test
  void aReadStoredInAFieldKnowsWhereTheFieldIsRead() {
    JavaSource source = parse("src/a/Handler.java", HANDLER);
    JavaModel model = JavaModel.of(List.of(source));
    EnvironmentReads.Read table = model.environmentReads(source).stream().filter(r -> r.name().equals("TABLE")).findFirst().orElseThrow();
    assertThat(table.fieldUses()).hasValueSatisfying(uses -> assertThat(uses).hasSize(1));
    EnvironmentReads.Read viaMap = model.environmentReads(source).stream().filter(r -> r.name().equals("VIA_MAP")).findFirst().orElseThrow();
    assertThat(viaMap.fieldUses()).isEmpty();
  }
}
