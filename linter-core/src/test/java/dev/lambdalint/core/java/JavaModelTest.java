package dev.lambdalint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lambdalint.core.model.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Handlers, invocation paths and init code, from sources in, facts out. */
class JavaModelTest {
  private static final Path ROOT = TestSources.ROOT;

  private static JavaSource parse(String path, String text) {
    return TestSources.parse(path, text);
  }

  private static MethodCallExpr call(JavaSource source, String name) {
    return source.unit().findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals(name)).orElseThrow();
  }

  private final JavaSource handler = parse("src/com/example/Handler.java", """
      package com.example;
      import com.amazonaws.services.lambda.runtime.*;
      public class Handler implements RequestHandler<String, String> {
        private final Helper helper = new Helper();
        static { initStatic(); }
        public Handler() { initCtor(); }
        public String handleRequest(String in, Context c) { own(); helper.work(); Util.stat(); return in; }
        private void own() { ownInner(); }
        private void ownInner() {}
        private static void initStatic() {}
        private void initCtor() {}
        public static void main(String[] a) { inMain(); }
        private static void inMain() {}
        void unused() { notOnPath(); }
        void notOnPath() {}
      }
      """);
  private final JavaSource helper = parse("src/com/example/Helper.java", """
      package com.example;
      class Helper { void work() { deeper(); } void deeper() {} void idle() { never(); } void never() {} }
      """);
  private final JavaSource util = parse("src/com/example/Util.java", """
      package com.example;
      final class Util { static void stat() { helperOfUtil(); } static void helperOfUtil() {} }
      """);
  private final JavaSource pojo = parse("src/com/example/Pojo.java", """
      package com.example;
      public class Pojo { public String handle(java.util.Map<String, Object> e) { step(); return ""; } void step() {} }
      """);

  @Test
  void knowsWhichFoldersHoldSourcesAtAnyDepthAndNoOthers() {
    JavaModel model = JavaModel.of(List.of(
        parse("services/orders/src/main/java/com/example/A.java", "package com.example; class A {}"),
        parse("services/billing/src/main/java/B.java", "class B {}")));
    assertThat(model.hasSourcesUnder(ROOT)).isTrue();
    assertThat(model.hasSourcesUnder(ROOT.resolve("services/orders"))).isTrue();
    assertThat(model.hasSourcesUnder(ROOT.resolve("services/orders/src/main/java/com/example"))).isTrue();
    assertThat(model.hasSourcesUnder(ROOT.resolve("services/./billing/../billing"))).isTrue();
    assertThat(model.hasSourcesUnder(ROOT.resolve("services/shipping"))).isFalse();
    assertThat(model.hasSourcesUnder(ROOT.resolve("services/orders/src/test"))).isFalse();
    assertThat(model.hasSourcesUnder(ROOT.resolve("services/billing/src/main/java/B.java"))).isFalse();
  }

  @Test
  void handlersComeFromTheInterfaceAndFromTemplateNames() {
    JavaModel model = JavaModel.build(List.of(handler, helper, util, pojo),
        List.of(new JavaModel.HandlerReference("com.example.Pojo::handle", null),
            new JavaModel.HandlerReference("com.example.Missing::handle", null)));
    assertThat(model.handlers()).extracting(JavaModel.Handler::qualifiedName)
        .containsExactly("com.example.Handler::handleRequest", "com.example.Pojo::handle");
    assertThat(model.isOnInvocationPath(call(pojo, "step"))).isTrue();
  }

  @Test
  void theInvocationPathFollowsCallsAcrossClassesAndStopsAtInitCode() {
    JavaModel model = JavaModel.of(List.of(handler, helper, util));
    assertThat(model.isOnInvocationPath(call(handler, "ownInner"))).isTrue();
    assertThat(model.isOnInvocationPath(call(helper, "deeper"))).isTrue();
    assertThat(model.isOnInvocationPath(call(util, "helperOfUtil"))).isTrue();
    assertThat(model.handlerReaching(call(helper, "deeper")).orElseThrow().displayName()).isEqualTo("Handler.handleRequest");

    assertThat(model.isOnInvocationPath(call(handler, "initStatic"))).isFalse();
    assertThat(model.isInitCode(call(handler, "initStatic"))).isTrue();
    assertThat(model.isInitCode(call(handler, "initCtor"))).isTrue();
    assertThat(model.isOnInvocationPath(call(handler, "inMain"))).isFalse();
    assertThat(model.isOnInvocationPath(call(handler, "notOnPath"))).isFalse();
    assertThat(model.isOnInvocationPath(call(helper, "never"))).isFalse();
  }

  @Test
  void aTemplateHandlerIsLookedForUnderItsCodeDirectory() {
    JavaSource otherProject = parse("other/com/example/Pojo.java", "package com.example; public class Pojo { public void handle() {} }");
    List<JavaSource> sources = new ArrayList<>(List.of(pojo, otherProject));
    JavaModel model = JavaModel.of(sources);
    JavaModel.HandlerReference ref = new JavaModel.HandlerReference("com.example.Pojo::handle", ROOT.resolve("other"));
    assertThat(model.resolve(ref).orElseThrow().source().file().path()).isEqualTo("other/com/example/Pojo.java");
    assertThat(model.resolve(new JavaModel.HandlerReference("com.example.Pojo", ROOT.resolve("src")))).isEmpty(); // no handleRequest
  }

  @Test
  void syntaxErrorsAndDeepNestingAreProblemsNotExceptions() {
    JavaParsing parsing = new JavaParsing();
    JavaParsing.Result broken = parsing.parse(SourceFile.of(ROOT.resolve("B.java"), ROOT), "class B { void m( }");
    assertThat(broken.problem()).hasValueSatisfying(p -> {
      assertThat(p.message()).startsWith("Java syntax error");
      assertThat(p.range().startLine()).isEqualTo(1);
    });
    String deep = "class D { int x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "; }";
    JavaParsing.Result nested = parsing.parse(SourceFile.of(ROOT.resolve("D.java"), ROOT), deep);
    assertThat(nested.source().isPresent() || nested.problem().isPresent()).isTrue();
  }
}
