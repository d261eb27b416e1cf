package dev.lambdalint.core.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.cdk.CdkSource.CdkConstruct;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.parse.LoadResult;
import dev.lambdalint.core.parse.TemplateLoader;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.Template;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Findings on a synthesized template move to the CDK source along {@code aws:cdk:path}. The
 * sources here are templates standing in for what the CDK front end reads from Java: their nodes
 * are where the Java sets each value, their resources carry construct paths relative to the class.
 */
class CdkOutMappingTest {
  private static final Path ROOT = Path.of("/work/app").toAbsolutePath();
  private static final RuleMeta TIMEOUT = rule("LL504");
  private static final RuleMeta WILDCARD = rule("LL303");

  /** SearchStack.java: a function set up in the stack, and a user construct SearchApi. */
  private static final Template STACK = source("src/main/java/com/example/SearchStack.yaml", """
      Resources:
        Search:
          Type: AWS::Lambda::Function
          Metadata:
            aws:cdk:path: Search/Resource
          Properties:
            Runtime: java21
            Timeout: 3
      """, new CdkSource("com.example.SearchStack", "Stack", List.of(
          construct("Search", "Function", 4, Optional.of("Search")),
          construct("Api", "SearchApi", 12, Optional.empty()))));

  /** SearchApi.java: the construct class creating a function of its own. */
  private static final Template API = source("src/main/java/com/example/SearchApi.yaml", """
      Resources:
        Handler:
          Type: AWS::Lambda::Function
          Metadata:
            aws:cdk:path: Handler/Resource
          Properties:
            Runtime: java21
      """, new CdkSource("com.example.SearchApi", "Construct", List.of(
          construct("Handler", "Function", 2, Optional.of("Handler")))));

  /** SearchApp.java: creates the stack under the id the synth names it by. */
  private static final Template APP = source("src/main/java/com/example/SearchApp.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n",
      new CdkSource("com.example.SearchApp", "", List.of(construct("SearchStack", "SearchStack", 7, Optional.empty()))));

  private static final Template SYNTHESIZED = synthesized("cdk.out/SearchStack.template.json", """
      {
        "Resources": {
          "Search1A2B3C4D": {
            "Type": "AWS::Lambda::Function",
            "Properties": {"Runtime": "java21", "Timeout": 3},
            "Metadata": {"aws:cdk:path": "SearchStack/Search/Resource"}
          },
          "SearchServiceRoleDefaultPolicy99AA": {
            "Type": "AWS::IAM::Policy",
            "Properties": {"PolicyDocument": {"Statement": [{"Action": "*", "Effect": "Allow", "Resource": "*"}]}},
            "Metadata": {"aws:cdk:path": "SearchStack/Search/ServiceRole/DefaultPolicy/Resource"}
          },
          "ApiHandlerFFEE0011": {
            "Type": "AWS::Lambda::Function",
            "Properties": {"Runtime": "java21"},
            "Metadata": {"aws:cdk:path": "SearchStack/Api/Handler/Resource"}
          },
          "ApiDeployment77": {
            "Type": "AWS::ApiGateway::Deployment",
            "Properties": {},
            "Metadata": {"aws:cdk:path": "SearchStack/Api/Deployment/Resource"}
          },
          "Orphan55": {
            "Type": "AWS::SQS::Queue",
            "Properties": {},
            "Metadata": {"aws:cdk:path": "SearchStack/Elsewhere/Resource"}
          }
        }
      }
      """);

  private final CdkOutMapping mapping = CdkOutMapping.of(List.of(APP, API, STACK, SYNTHESIZED));

  @Test
  void aPropertyFindingMovesToTheLineThatSetsTheValueAndKeepsTheTemplateLineAsRelated() {
    Finding onTemplate = at(TIMEOUT, SYNTHESIZED, "Resources/Search1A2B3C4D/Properties/Timeout",
        "Search1A2B3C4D has Timeout 3");

    Finding moved = mapping.move(onTemplate).orElseThrow();

    assertThat(moved.file().path()).isEqualTo("src/main/java/com/example/SearchStack.yaml");
    assertThat(moved.range().startLine()).isEqualTo(node(STACK, "Resources/Search/Properties/Timeout").range().startLine());
    assertThat(moved.message()).isEqualTo("Search has Timeout 3");
    assertThat(moved.related()).singleElement().satisfies(r -> {
      assertThat(r.location()).isEqualTo(onTemplate.location());
      assertThat(r.message()).isEqualTo("synthesized as Resources/Search1A2B3C4D/Properties/Timeout");
    });
  }

  @Test
  void aResourceFindingMovesToTheConstructsCreation() {
    Finding moved = mapping.move(at(TIMEOUT, SYNTHESIZED, "Resources/Search1A2B3C4D", "no timeout")).orElseThrow();
    assertThat(moved.range().startLine()).isEqualTo(STACK.resource("Search").orElseThrow().keyNode().range().startLine());
  }

  @Test
  void aPathThroughAUserConstructClassEndsInThatClass() {
    Finding moved = mapping.move(at(TIMEOUT, SYNTHESIZED, "Resources/ApiHandlerFFEE0011", "ApiHandlerFFEE0011 …")).orElseThrow();
    assertThat(moved.file().path()).isEqualTo("src/main/java/com/example/SearchApi.yaml");
    assertThat(moved.message()).isEqualTo("Handler …");
  }

  @Test
  void aResourceTheSourceDoesNotModelGoesToTheConstructItLiesUnder() {
    // The function's role policy is not in the source's template: the function's creation line.
    Finding policy = mapping.move(at(WILDCARD, SYNTHESIZED,
        "Resources/SearchServiceRoleDefaultPolicy99AA/Properties/PolicyDocument/Statement/0/Action", "…")).orElseThrow();
    assertThat(policy.range().startLine()).isEqualTo(STACK.resource("Search").orElseThrow().keyNode().range().startLine());
    // The API's deployment is made by a user construct's class that creates no such resource: the construct's creation.
    Finding deployment = mapping.move(at(WILDCARD, SYNTHESIZED, "Resources/ApiDeployment77", "…")).orElseThrow();
    assertThat(deployment.file().path()).isEqualTo("src/main/java/com/example/SearchStack.yaml");
    assertThat(deployment.range().startLine()).isEqualTo(12);
  }

  @Test
  void whatMapsToNoSourceStaysOnTheTemplate() {
    assertThat(mapping.move(at(WILDCARD, SYNTHESIZED, "Resources/Orphan55", "…"))).isEmpty();
    assertThat(mapping.move(at(WILDCARD, STACK, "Resources/Search", "…"))).isEmpty();
    assertThat(CdkOutMapping.of(List.of(SYNTHESIZED)).isEmpty()).isTrue();
  }

  @Test
  void aProblemTheSourceFoundItselfIsReportedOnceAsTheSourceFoundItWithTheTemplateLineRelated() {
    Finding fromSource = at(TIMEOUT, STACK, "Resources/Search/Properties/Timeout", "Search has Timeout 3");
    Finding fromTemplate = at(TIMEOUT, SYNTHESIZED, "Resources/Search1A2B3C4D/Properties/Timeout", "Search1A2B3C4D has Timeout 3");
    Finding otherRule = at(WILDCARD, SYNTHESIZED, "Resources/Search1A2B3C4D/Properties/Timeout", "other");

    List<Finding> placed = mapping.apply(List.of(fromTemplate, fromSource, otherRule));

    assertThat(placed).hasSize(2);
    assertThat(placed).filteredOn(f -> f.ruleId().equals("LL504")).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo(fromSource.message());
      assertThat(f.location()).isEqualTo(fromSource.location());
      assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.location()).isEqualTo(fromTemplate.location()));
    });
    assertThat(placed).filteredOn(f -> f.ruleId().equals("LL303")).singleElement()
        .satisfies(f -> assertThat(f.file()).isEqualTo(STACK.file()));
  }

  @Test
  void anIdCdkDerivesFromAnotherConstructsPathMatchesThatConstructsId() {
    assertThat(CdkOutMapping.samePath("Worker/SqsEventSource:Jobs/Resource",
        List.of("Worker", "SqsEventSource:BatchStackJobs9D40F634", "Resource"))).isTrue();
    assertThat(CdkOutMapping.samePath("Worker/SqsEventSource:Jobs/Resource",
        List.of("Worker", "SqsEventSource:BatchStackOtherJobs9D40F634", "Resource"))).isTrue();
    assertThat(CdkOutMapping.samePath("Worker/SqsEventSource:Jobs/Resource",
        List.of("Worker", "SqsEventSource:BatchStackJobsDlq9D40F634", "Resource"))).isFalse();
    assertThat(CdkOutMapping.samePath("Worker/SqsEventSource:Jobs/Resource",
        List.of("Worker", "KinesisEventSource:BatchStackJobs9D40F634", "Resource"))).isFalse();
    assertThat(CdkOutMapping.samePath("Worker/Resource", List.of("Worker", "ServiceRole", "Resource"))).isFalse();
  }

  private static Finding at(RuleMeta rule, Template template, String logicalPath, String message) {
    Node node = node(template, logicalPath);
    String logicalId = logicalPath.split("/")[1];
    Node place = logicalPath.split("/").length == 2 ? template.resource(logicalId).orElseThrow().keyNode() : node;
    return new Finding(rule, rule.severity(), message,
        new Location(template.file(), place.range(), logicalPath, logicalId), null);
  }

  private static Node node(Template template, String logicalPath) {
    Node node = template.root();
    for (String segment : logicalPath.split("/")) {
      node = segment.chars().allMatch(Character::isDigit)
          ? node.asList().orElseThrow().items().get(Integer.parseInt(segment))
          : node.asMap().orElseThrow().get(segment).orElseThrow();
    }
    return node;
  }

  private static CdkConstruct construct(String id, String type, int line, Optional<String> logicalId) {
    SourceFile file = SourceFile.of(ROOT.resolve("src/main/java/com/example/X.java"), ROOT);
    return new CdkConstruct(id, type, type, true, Location.of(file, TextRange.startOfLine(line)), logicalId);
  }

  private static Template source(String path, String yaml, CdkSource cdk) {
    SourceFile file = SourceFile.of(ROOT.resolve(path), ROOT);
    // The constructs lie in this file: their locations say so.
    List<CdkConstruct> here = cdk.constructs().stream().map(c -> new CdkConstruct(c.id(), c.typeName(),
        c.qualifiedTypeName(), c.scopedToThis(), Location.of(file, c.location().range()), c.logicalId())).toList();
    return Template.fromCdkSource(file, load(file, yaml).root(), new CdkSource(cdk.className(), cdk.superclassName(), here));
  }

  private static Template synthesized(String path, String json) {
    SourceFile file = SourceFile.of(ROOT.resolve(path), ROOT);
    return Template.of(file, load(file, json).root());
  }

  private static LoadResult.Loaded load(SourceFile file, String text) {
    return (LoadResult.Loaded) new TemplateLoader().load(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static RuleMeta rule(String id) {
    return new RuleMeta(id, id.toLowerCase(), Severity.WARNING, Category.CONFIGURATION, "A rule", List.of(), Precision.HIGH, null, "");
  }
}
