package dev.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every installed rule on templates of the wrong shape: lists where maps are expected, numbers
 * where strings are, nulls, malformed intrinsics. A rule that throws costs its findings on that
 * file (LL002); here any LL002 fails the test, naming the rule, the file and where it threw.
 *
 * <p>Two sources: the hand-written hostile templates of linter-core's HostileInputTest, and
 * mutants of every fixture template (one value somewhere under Resources/Globals/Parameters
 * replaced by a value of the wrong shape; three mutations per mutant, chosen by a fixed seed).
 * {@code -Dlambdalint.hostile.mutants=N} runs more.
 */
class HostileTemplatesAllRulesTest {
  private static final Path HOSTILE = Fixtures.moduleRoot().getParent()
      .resolve("linter-core/src/test/resources/dev/lambdalint/core/hostile");
  private static final String HANDLER = """
      package example;

      import com.amazonaws.services.lambda.runtime.Context;
      import com.amazonaws.services.lambda.runtime.RequestHandler;
      import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
      import com.amazonaws.services.lambda.runtime.events.SQSEvent;
      import software.amazon.awssdk.services.lambda.LambdaClient;

      public class Handler implements RequestHandler<SQSEvent, SQSBatchResponse> {
        @Override
        public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
          LambdaClient client = LambdaClient.create();
          client.invoke(r -> r.functionName(System.getenv("TARGET")));
          return SQSBatchResponse.builder().build();
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void handWrittenHostileTemplatesFailNoRule() throws Exception {
    try (Stream<Path> files = Files.list(HOSTILE)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        Path target = dir.resolve(name.replace('.', '-')).resolve("template." + name.substring(name.lastIndexOf('.') + 1));
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
        Path java = target.getParent().resolve("src/example/Handler.java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, HANDLER);
      }
    }
    Report report = Linter.withInstalledRules().run(LintRequest.of(dir, dir));
    assertNoRuleFailed(report, Map.of());
    assertThat(report.templateCount()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void hostileJavaAndOddHandlerNamesFailNoRule() throws Exception {
    int depth = 3_000;
    Path src = dir.resolve("java/src/main/java/example");
    Files.createDirectories(src);
    Files.writeString(src.resolve("Handler.java"), HANDLER);
    Files.writeString(src.resolve("Chain.java"), "package example;\nclass Chain { Object m() { return new StringBuilder()"
        + ".append(1)".repeat(400) + "; } }\n"); // deeper chains overflow the parser: LL001, see HostileInputTest
    Files.writeString(src.resolve("Sum.java"), "package example;\nclass Sum { String s = \"a\"" + " + \"a\"".repeat(depth)
        + "; int i = 1" + " + 1".repeat(depth) + "; }\n");
    Files.writeString(src.resolve("Lambdas.java"), "package example;\nimport java.util.function.Supplier;\nclass Lambdas { Supplier<?> s = "
        + "() -> ".repeat(300) + "null; }\n");
    StringBuilder nested = new StringBuilder("package example;\n");
    for (int i = 0; i < 200; i++) nested.append("class N").append(i).append(" { ");
    nested.append("}".repeat(200)).append("\n");
    Files.writeString(src.resolve("Nested.java"), nested.toString());
    Files.writeString(src.resolve("Cycle.java"), """
        package example;
        import com.amazonaws.services.lambda.runtime.Context;
        import com.amazonaws.services.lambda.runtime.RequestHandler;
        public class Cycle implements RequestHandler<Object, Object> {
          static { new Cycle().handleRequest(null, null); }
          { handleRequest(this, null); }
          public Cycle() { this(1); }
          Cycle(int x) { }
          public Object handleRequest(Object in, Context c) { return a(in); }
          Object a(Object o) { return b(o); }
          Object b(Object o) { return o == null ? a(o) : handleRequest(o, null); }
          public Object handleRequest(String overloaded) { return overloaded; }
        }
        """);
    Files.writeString(src.resolve("Shapes.java"), """
        package example;
        import com.amazonaws.services.lambda.runtime.RequestHandler;
        interface IfaceHandler extends RequestHandler<String, String> {}
        abstract class AbstractHandler<I, O> implements RequestHandler<I, O> {}
        enum EnumHandler implements RequestHandler<String, String> { A; public String handleRequest(String s, com.amazonaws.services.lambda.runtime.Context c) { return s; } }
        record RecordHandler(String x) implements RequestHandler<String, String> { public String handleRequest(String s, com.amazonaws.services.lambda.runtime.Context c) { return x; } }
        class Generic<T extends Generic<T>> extends AbstractHandler<T, T> { public T handleRequest(T t, com.amazonaws.services.lambda.runtime.Context c) { return t; } }
        """);
    Files.writeString(src.resolve("Unicode.java"), "package example;\nclass Unicode\\u0041 { String s = \"\\u0000\\uFFFF\";"
        + " char c = '\\\\'; String t = \"\"\"\n    text \"block\" \\\\\n    \"\"\"; }\n");
    Files.writeString(src.resolve("Extends.java"), "package example;\nclass Loop1 extends Loop2 {}\nclass Loop2 extends Loop1 {}\n"
        + "class Self extends Self {}\ninterface I1 extends I2 {}\ninterface I2 extends I1 {}\n");
    StringBuilder handlers = new StringBuilder("""
        AWSTemplateFormatVersion: '2010-09-09'
        Transform: AWS::Serverless-2016-10-31
        Resources:
        """);
    List<String> names = List.of("example.Cycle::handleRequest", "example.Cycle", "example.IfaceHandler", "example.EnumHandler",
        "example.RecordHandler::handleRequest", "example.Generic", "example.Loop1", "example.Self::x", "::", "::handleRequest",
        "example.Cycle::", " ", "", "example.Cycle::handleRequest::extra", "example..Cycle", ".", "example.Nested$Inner",
        "example.N0.N1::m", "example.Chain::m", "example.Sum", "example.Lambdas::s", "é.ü::ß");
    for (int i = 0; i < names.size(); i++) {
      handlers.append("  F").append(i).append(":\n    Type: AWS::Serverless::Function\n    Properties:\n")
          .append("      Handler: '").append(names.get(i)).append("'\n      Runtime: java21\n      CodeUri: ")
          .append(i % 2 == 0 ? "." : "src/../../java").append("\n      Events:\n        Q:\n          Type: SQS\n")
          .append("          Properties: {Queue: !GetAtt Q.Arn, FunctionResponseTypes: [ReportBatchItemFailures]}\n");
    }
    handlers.append("  Q:\n    Type: AWS::SQS::Queue\n");
    Files.writeString(dir.resolve("java/template.yaml"), handlers.toString());
    Report report = Linter.withInstalledRules().run(LintRequest.of(dir, dir));
    assertNoRuleFailed(report, Map.of());
    assertThat(report.templateCount()).isEqualTo(1);
    List<String> unparsed = report.findings().stream().filter(f -> f.ruleId().equals("LL001"))
        .map(f -> f.file().path() + ":" + f.location().range().startLine() + " " + f.message()).toList();
    assertThat(unparsed).isEmpty();
    assertThat(report.javaFileCount()).isEqualTo(9);
  }

  @Test
  void mutantsOfEveryFixtureTemplateFailNoRule() throws Exception {
    int wanted = Integer.getInteger("lambdalint.hostile.mutants", 2000);
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    ObjectMapper json = new ObjectMapper();
    List<Path> seeds;
    try (Stream<Path> files = Stream.concat(Files.walk(Fixtures.rulesRoot()), Files.walk(Fixtures.moduleRoot().resolve("projects")))) {
      seeds = files.filter(p -> p.getFileName().toString().matches("template\\.(ya?ml|json)")).sorted().toList();
    }
    List<JsonNode> trees = new ArrayList<>();
    List<Path> treeSeeds = new ArrayList<>();
    for (Path seed : seeds) {
      try {
        JsonNode tree = (seed.toString().endsWith(".json") ? json : yaml).readTree(seed.toFile());
        if (tree != null && tree.isObject()) {
          trees.add(tree);
          treeSeeds.add(seed);
        }
      } catch (IOException e) {
        // a fixture that is broken on purpose (LL001 cases)
      }
    }
    assertThat(trees).hasSizeGreaterThan(20);
    Random random = new Random(20261123L);
    Map<Integer, String> origin = new java.util.TreeMap<>();
    for (int i = 0; i < wanted; i++) {
      int seedIndex = i % trees.size();
      JsonNode copy = trees.get(seedIndex).deepCopy();
      List<String> applied = new ArrayList<>();
      for (int m = 0; m < 3; m++) {
        List<Slot> slots = new ArrayList<>();
        for (String section : List.of("Resources", "Globals", "Parameters", "Conditions")) {
          if (copy.has(section)) collect(copy, section, section, slots);
        }
        if (slots.isEmpty()) break;
        Slot slot = slots.get(random.nextInt(slots.size()));
        JsonNode wrong = wrongValue(random.nextInt(10));
        slot.set(wrong);
        applied.add(slot.path + " := " + wrong);
      }
      Path mutant = dir.resolve("m" + i).resolve("template.json");
      Files.createDirectories(mutant.getParent());
      Files.writeString(mutant, json.writerWithDefaultPrettyPrinter().writeValueAsString(copy));
      origin.put(i, Fixtures.moduleRoot().relativize(treeSeeds.get(seedIndex)) + " " + applied);
    }
    Path java = dir.resolve("src/example/Handler.java");
    Files.createDirectories(java.getParent());
    Files.writeString(java, HANDLER);

    Report report = Linter.withInstalledRules().run(LintRequest.of(dir, dir));
    assertNoRuleFailed(report, origin);
    assertThat(report.templateCount()).isGreaterThan(wanted / 2);
  }

  private static void assertNoRuleFailed(Report report, Map<Integer, String> origin) {
    List<Finding> failures = report.findings().stream().filter(f -> f.ruleId().equals("LL002")).toList();
    assertThat(failures).as(() -> failures.stream().map(f -> f.file().path() + ": " + f.message()
            + mutantOf(f.file().path(), origin))
        .collect(Collectors.joining("\n", "rules failed:\n", "\n"))).isEmpty();
  }

  private static String mutantOf(String path, Map<Integer, String> origin) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^m(\\d+)/").matcher(path);
    return m.find() ? "\n    mutant of " + origin.get(Integer.parseInt(m.group(1))) : "";
  }

  /** A place in the tree that can be overwritten. */
  private record Slot(JsonNode parent, String field, int index, String path) {
    void set(JsonNode value) {
      if (parent instanceof ObjectNode o) o.set(field, value);
      else ((ArrayNode) parent).set(index, value);
    }
  }

  private static void collect(JsonNode parent, String field, String path, List<Slot> out) {
    JsonNode node = parent.get(field);
    out.add(new Slot(parent, field, -1, path));
    collectChildren(node, path, out);
  }

  private static void collectChildren(JsonNode node, String path, List<Slot> out) {
    if (node == null) return;
    if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      List<String> list = new ArrayList<>();
      names.forEachRemaining(list::add);
      for (String name : list) {
        out.add(new Slot(node, name, -1, path + "/" + name));
        collectChildren(node.get(name), path + "/" + name, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(new Slot(node, null, i, path + "/" + i));
        collectChildren(node.get(i), path + "/" + i, out);
      }
    }
  }

  private static JsonNode wrongValue(int kind) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (kind) {
      case 0 -> f.arrayNode().add("x").add(1);
      case 1 -> f.numberNode(42);
      case 2 -> f.nullNode();
      case 3 -> f.objectNode().set("Unexpected", f.arrayNode().addNull());
      case 4 -> f.textNode("");
      case 5 -> f.objectNode().set("Fn::GetAtt", f.arrayNode().add("a").add("b").add("c"));
      case 6 -> f.objectNode().set("Fn::If", f.arrayNode().add("Cond"));
      case 7 -> f.objectNode().set("Fn::Sub", f.numberNode(42));
      case 8 -> f.objectNode().set("Ref", f.arrayNode().add(1));
      default -> f.booleanNode(true);
    };
  }
}
