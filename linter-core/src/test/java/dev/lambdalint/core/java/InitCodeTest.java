package dev.lambdalint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Init code: what it stores in fields, through helpers, locals and classes it builds; what afterRestore sets again. */
class InitCodeTest {
  private static final Path ROOT = TestSources.ROOT;

  private static JavaSource parse(String path, String text) {
    return TestSources.parse(path, text);
  }

  private final JavaSource handler = parse("src/com/example/Handler.java", """
      package com.example;
      import com.amazonaws.services.lambda.runtime.*;
      import org.crac.Core;
      public class Handler extends Base implements RequestHandler<String, String> {
        private static final String A = "a";
        private final Repo repo = new Repo();
        private final java.util.function.Supplier<String> later = () -> "later";
        private String b;
        private String c;
        private String restored = "r0";
        static { System.out.println("static"); }
        public Handler() {
          String local = "local";
          b = helper();
          this.c = local;
          Core.getGlobalContext().register(new Hook());
        }
        private static String helper() { return "helper"; }
        public String handleRequest(String in, Context ctx) { b = "invocation"; return in + shared(); }
        private String shared() { return "shared"; }
        class Hook implements org.crac.Resource {
          public void beforeCheckpoint(org.crac.Context<? extends org.crac.Resource> x) {}
          public void afterRestore(org.crac.Context<? extends org.crac.Resource> x) { again(); }
        }
        void again() { restored = "r1"; }
      }
      """);
  private final JavaSource base = parse("src/com/example/Base.java", """
      package com.example;
      public abstract class Base { protected final String fromBase = "base"; }
      """);
  private final JavaSource repo = parse("src/com/example/Repo.java", """
      package com.example;
      public class Repo { private final String conn; public Repo() { conn = "repo"; } }
      """);

  @Test
  void storedValuesComeFromTheHierarchyHelpersLocalsAndBuiltClasses() {
    JavaModel model = JavaModel.build(List.of(handler, base, repo), List.of());
    InitCode init = model.initCode(model.handlers().get(0));
    List<String> stored = init.storedValues().stream().map(v -> v.field() + "=" + v.expression()).toList();
    assertThat(stored).contains("A=\"a\"", "b=helper()", "b=\"helper\"", "c=local", "c=\"local\"", "fromBase=\"base\"",
        "conn=\"repo\"", "restored=\"r0\"", "repo=new Repo()");
    // the invocation path's write is not init code
    assertThat(stored).doesNotContain("b=\"invocation\"");
    assertThat(init.restoredFields()).containsExactly("restored");
  }

  @Test
  void lambdaBodiesAreNotEvaluatedAtInit() {
    JavaModel model = JavaModel.build(List.of(handler, base, repo), List.of());
    InitCode init = model.initCode(model.handlers().get(0));
    InitCode.StoredValue later = init.storedValues().stream().filter(v -> v.field().equals("later")).findFirst().orElseThrow();
    assertThat(InitCode.evaluatedIn(later.expression())).isEmpty();
  }

  @Test
  void anUnregisteredHookRestoresNothing() {
    JavaSource unregistered = parse("src/com/example/Handler.java", handler.unit().toString()
        .replace("Core.getGlobalContext().register(new Hook());", ""));
    JavaModel model = JavaModel.build(List.of(unregistered, base, repo), List.of());
    assertThat(model.initCode(model.handlers().get(0)).restoredFields()).isEmpty();
  }
}
