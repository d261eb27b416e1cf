package dev.lambdalint.core.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.java.JavaParsing;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.template.CodeLocation;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.PolicyStatement;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Template;
import dev.lambdalint.core.template.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdkReaderTest {
  @TempDir
  Path root;

  private static final String IMPORTS = """
      package com.example;

      import java.util.HashMap;
      import java.util.List;
      import java.util.Map;
      import software.amazon.awscdk.Duration;
      import software.amazon.awscdk.Stack;
      import software.amazon.awscdk.services.iam.PolicyStatement;
      import software.amazon.awscdk.services.lambda.*;
      import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
      import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
      import software.amazon.awscdk.services.sqs.Queue;
      import software.constructs.Construct;

      """;

  private Template read(String body) throws Exception {
    Path file = root.resolve("infra/src/main/java/com/example/SearchStack.java");
    Files.createDirectories(file.getParent());
    Files.writeString(root.resolve("infra/cdk.json"), "{}");
    String text = IMPORTS + body;
    Files.writeString(file, text);
    JavaSource source = new JavaParsing().parse(SourceFile.of(file, root), text).source().orElseThrow();
    return CdkReader.read(source);
  }

  /** The 1-based line of the first line of {@code body} (after the imports) that contains {@code text}. */
  private static int lineOf(String body, String text) {
    String[] lines = (IMPORTS + body).split("\n", -1);
    for (int i = 0; i < lines.length; i++) if (lines[i].contains(text)) return i + 1;
    throw new AssertionError(text);
  }

  private static final String STACK = """
      public class SearchStack extends Stack {
        private static final String PACKAGE = "com.example.";
        public SearchStack(final Construct scope, final String id, final int seconds) {
          super(scope, id);
          Queue inbox = Queue.Builder.create(this, "Inbox").visibilityTimeout(Duration.minutes(3)).build();
          Map<String, String> env = new HashMap<>();
          env.put("TABLE", "orders");
          Function search = Function.Builder.create(this, "Search")
              .runtime(Runtime.JAVA_21)
              .handler(PACKAGE + "Handler::handleRequest")
              .code(Code.fromAsset("../search/target/search.jar"))
              .timeout(Duration.seconds(30))
              .memorySize(seconds)
              .environment(env)
              .build();
          search.addEnvironment("MODE", "fast");
          search.addEventSource(new SqsEventSource(inbox, SqsEventSourceProps.builder()
              .batchSize(5)
              .reportBatchItemFailures(true)
              .build()));
          search.addToRolePolicy(PolicyStatement.Builder.create()
              .actions(List.of(
                  "s3:GetObject",
                  "s3:*"))
              .resources(List.of("*"))
              .build());
          new SearchApi(this, "Api", search);
          java.util.function.Function<String, String> f = s -> s;
        }
      }
      """;

  @Test
  void functionSettingsAreReadWithTheLineThatSetsThem() throws Exception {
    Template t = read(STACK);
    Function fn = t.function("Search").orElseThrow();
    assertThat(fn.keyNode().range().startLine()).isEqualTo(lineOf(STACK, "Function.Builder.create(this, \"Search\")"));
    assertThat(fn.timeout().orElseThrow().value()).isEqualTo(30L);
    assertThat(fn.timeout().orElseThrow().node().range().startLine()).isEqualTo(lineOf(STACK, ".timeout("));
    assertThat(fn.runtime().orElseThrow().value()).isEqualTo("java21");
    assertThat(fn.handler().orElseThrow().value()).isEqualTo("com.example.Handler::handleRequest");
    assertThat(fn.isJava()).isTrue();
    // a method parameter is unknowable: no value, never a guess, never the default
    assertThat(fn.memorySize()).isEmpty();
    assertThat(fn.environment()).extracting(v -> v.name()).containsExactly("TABLE", "MODE");
    assertThat(fn.resolvedEnvironment().isFullyKnown()).isTrue();
    assertThat(fn.cdkPath()).contains("Search/Resource");
  }

  @Test
  void anAssetJarUnderAMavenModulesTargetIsThatModule() throws Exception {
    Files.createDirectories(root.resolve("search"));
    Files.writeString(root.resolve("search/pom.xml"), "<project/>");
    Template t = read(STACK);
    CodeLocation code = t.function("Search").orElseThrow().code();
    assertThat(code.kind()).isEqualTo(CodeLocation.Kind.LOCAL);
    assertThat(code.localPath()).contains(root.resolve("search").toAbsolutePath().normalize());
    assertThat(code.keyNode().range().startLine()).isEqualTo(lineOf(STACK, ".code("));
  }

  @Test
  void anSqsEventSourceIsAMappingKeyedAtItsCreation() throws Exception {
    Template t = read(STACK);
    List<EventSource> events = t.function("Search").orElseThrow().events();
    EventSource sqs = events.stream().filter(e -> e.declaredAs() == EventSource.DeclaredAs.EVENT_SOURCE_MAPPING).findFirst().orElseThrow();
    assertThat(sqs.anchor().range().startLine()).isEqualTo(lineOf(STACK, "new SqsEventSource("));
    assertThat(sqs.batchSize()).contains(5L);
    assertThat(sqs.reportsBatchItemFailures()).contains(true);
    assertThat(sqs.sourceResource().map(Resource::logicalId)).contains("Inbox");
    Resource mapping = t.resourcesOfType("AWS::Lambda::EventSourceMapping").get(0);
    assertThat(mapping.metadata().orElseThrow().getLiteral("aws:cdk:path")).contains("Search/SqsEventSource:Inbox/Resource");
  }

  @Test
  void policyStatementsGoToTheDefaultPolicyOfTheServiceRole() throws Exception {
    Template t = read(STACK);
    Function fn = t.function("Search").orElseThrow();
    assertThat(t.resource("SearchServiceRole").map(Resource::type)).contains("AWS::IAM::Role");
    List<PolicyStatement> statements = fn.policyStatements();
    PolicyStatement written = statements.stream().filter(s -> s.actions().size() == 2).findFirst().orElseThrow();
    assertThat(written.owner().logicalId()).isEqualTo("SearchServiceRoleDefaultPolicy");
    Value wildcard = written.actions().get(1);
    assertThat(wildcard.literal()).contains("s3:*");
    assertThat(written.actionAt(wildcard).range().startLine()).isEqualTo(lineOf(STACK, "\"s3:*\""));
    // the consume grant SqsEventSource makes, scoped to the queue
    assertThat(statements).anySatisfy(s -> assertThat(s.resources()).singleElement()
        .satisfies(r -> assertThat(r).isInstanceOf(Value.GetAtt.class)));
  }

  @Test
  void cdkSourceListsEveryConstructModelledOrNot() throws Exception {
    Template t = read(STACK);
    CdkSource source = t.cdkSource().orElseThrow();
    assertThat(source.className()).isEqualTo("com.example.SearchStack");
    assertThat(source.superclassName()).isEqualTo("Stack");
    assertThat(source.constructs()).extracting(CdkSource.CdkConstruct::id).containsExactly("Inbox", "Search", "Api");
    CdkSource.CdkConstruct api = source.constructsWithId("Api").get(0);
    assertThat(api.logicalId()).isEmpty();
    assertThat(api.scopedToThis()).isTrue();
    assertThat(source.constructsWithId("Search").get(0).qualifiedTypeName()).isEqualTo("software.amazon.awscdk.services.lambda.Function");
    assertThat(source.constructsWithId("Search").get(0).logicalId()).contains("Search");
  }

  @Test
  void settingsThatCannotBeKnownKeepRulesSilent() throws Exception {
    String body = """
        public class S extends Stack {
          public S(Construct scope, String id, FunctionProps props, Duration timeout, Map<String, String> env) {
            super(scope, id);
            new Function(this, "FromProps", props);
            Function.Builder.create(this, "Param").runtime(Runtime.NODEJS_LATEST).timeout(timeout).environment(env)
                .handler(System.getenv("HANDLER")).code(Code.fromAsset(System.getenv("ASSET"))).build();
          }
        }
        """;
    Template t = read(body);
    assertThat(t.function("FromProps")).isEmpty();
    assertThat(t.cdkSource().orElseThrow().constructsWithId("FromProps").get(0).logicalId()).isEmpty();
    Function fn = t.function("Param").orElseThrow();
    assertThat(fn.timeout()).isEmpty();
    assertThat(fn.runtime()).isEmpty();
    assertThat(fn.handler()).isEmpty();
    assertThat(fn.environment()).isEmpty();
    assertThat(fn.resolvedEnvironment().isFullyKnown()).isFalse();
    assertThat(fn.code().kind()).isEqualTo(CodeLocation.Kind.NONE);
  }

  @Test
  void runtimeConstantsMapToCloudFormationNames() {
    assertThat(CdkFunctions.runtimeName("JAVA_8_CORRETTO")).contains("java8.al2");
    assertThat(CdkFunctions.runtimeName("JAVA_17")).contains("java17");
    assertThat(CdkFunctions.runtimeName("PYTHON_3_12")).contains("python3.12");
    assertThat(CdkFunctions.runtimeName("NODEJS_18_X")).contains("nodejs18.x");
    assertThat(CdkFunctions.runtimeName("PROVIDED_AL2023")).contains("provided.al2023");
    assertThat(CdkFunctions.runtimeName("NODEJS_LATEST")).isEmpty();
    assertThat(CdkFunctions.runtimeName("PYTHON_3_LATEST")).isEmpty();
  }

  @Test
  void aLoopCounterIsNoConstant() throws Exception {
    String body = """
        public class S extends Stack {
          private static final String PREFIX = "Worker";
          public S(Construct scope, String id) {
            super(scope, id);
            for (int i = 0; i < 3; i++) {
              Function.Builder.create(this, PREFIX + i).runtime(Runtime.JAVA_21).build();
            }
            Function.Builder.create(this, PREFIX + "Main").runtime(Runtime.JAVA_21).build();
          }
        }
        """;
    Template t = read(body);
    assertThat(t.functions()).extracting(Function::logicalId).containsExactly("WorkerMain");
    assertThat(t.cdkSource().orElseThrow().constructs()).extracting(CdkSource.CdkConstruct::id).containsExactly("", "WorkerMain");
  }
}
