package dev.lambdalint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes to state that concurrent requests share, on a handler's invocation path (LL110). */
class SharedStateTest {
  private static final Path ROOT = TestSources.ROOT;

  private static JavaSource parse(String path, String text) {
    return TestSources.parse(path, text);
  }

  /** The types the catalog names on either side of LL110 stay in the lists (a removal must fail here). */
  @Test
  void theCatalogsTypesAreListed() {
    assertThat(SharedState.NOT_THREAD_SAFE).contains("HashMap", "ArrayList", "HashSet", "StringBuilder", "SimpleDateFormat");
    assertThat(SharedState.THREAD_SAFE).contains("ThreadLocal", "ConcurrentHashMap", "AtomicInteger", "AtomicLong",
        "AtomicBoolean", "AtomicReference", "LongAdder");
  }

  @Test
  void writesComeInSourceOrderWithTheirKind() {
    JavaSource handler = parse("src/com/example/Handler.java", """
        package com.example;
        import com.amazonaws.services.lambda.runtime.*;
        import java.util.*;
        public class Handler implements RequestHandler<String, String> {
          private static int count;
          private String last;
          private final Map<String, String> cache = new HashMap<>();
          private final Helper helper = new Helper();
          public String handleRequest(String in, Context c) {
            count++;
            last = in;
            cache.put(in, in);
            helper.work(in);
            new Helper().work(in);
            String local = in;
            local = local + "x";
            return local;
          }
        }
        """);
    JavaSource helper = parse("src/com/example/Helper.java", """
        package com.example;
        class Helper { private int calls; void work(String s) { calls++; } }
        """);
    JavaModel model = JavaModel.of(List.of(handler, helper));
    List<SharedStateWrite> writes = model.sharedStateWrites(model.handlers().get(0));
    assertThat(writes).extracting(w -> w.kind() + " " + w.target() + " " + w.type())
        .containsExactly("INCREMENT count static", "ASSIGNMENT last instance", "MUTATING_CALL cache HashMap");
  }

  @Test
  void aHelperBuiltOnlyAtInitIsSharedOneBuiltPerRequestIsNot() {
    JavaSource handler = parse("src/com/example/Handler.java", """
        package com.example;
        import com.amazonaws.services.lambda.runtime.*;
        public class Handler implements RequestHandler<String, String> {
          private final Shared shared = new Shared();
          public String handleRequest(String in, Context c) { shared.work(); new PerRequest().work(); return in; }
        }
        class Shared { private int n; void work() { n = n + 1; } }
        class PerRequest { private int n; void work() { n = n + 1; } }
        """);
    JavaModel model = JavaModel.of(List.of(handler));
    assertThat(model.sharedStateWrites(model.handlers().get(0))).extracting(SharedStateWrite::method)
        .containsExactly("Shared.work");
  }
}
