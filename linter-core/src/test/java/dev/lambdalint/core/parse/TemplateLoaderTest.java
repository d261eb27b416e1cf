package dev.lambdalint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.template.ListNode;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.ScalarNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Template text in, node tree (or the reason there is none) out. */
class TemplateLoaderTest {
  private static final Path ROOT = Path.of("/project");
  private final TemplateLoader loader = new TemplateLoader();

  static LoadResult load(TemplateLoader loader, String name, byte[] content) {
    return loader.load(SourceFile.of(ROOT.resolve(name), ROOT), content);
  }

  private LoadResult load(String name, String text) {
    return load(loader, name, text.getBytes(StandardCharsets.UTF_8));
  }

  private MapNode root(String name, String text) {
    LoadResult result = load(name, text);
    assertThat(result).isInstanceOf(LoadResult.Loaded.class);
    return ((LoadResult.Loaded) result).root();
  }

  private static Node at(MapNode root, String... path) {
    Node node = root;
    for (String key : path) {
      node = node instanceof ListNode l ? l.get(Integer.parseInt(key)) : ((MapNode) node).get(key).orElseThrow();
    }
    return node;
  }

  private ParseProblem failure(String name, byte[] content) {
    LoadResult result = load(loader, name, content);
    assertThat(result).isInstanceOf(LoadResult.Failed.class);
    return ((LoadResult.Failed) result).problem();
  }

  private static final String SAM = """
      AWSTemplateFormatVersion: '2010-09-09'
      Transform: AWS::Serverless-2016-10-31
      Resources:
        Fn:
          Type: AWS::Serverless::Function
          Properties:
            Role: !GetAtt Role.Arn
            Alias: !GetAtt [Fn, Alias.Name]
            Name: !Sub '${AWS::StackName}-fn'
            Parts: !Sub ['${A}', {A: !Ref Param}]
            Value: !If [IsProd, !Join ['', [a, b]], !Select [0, !Split [',', 'a,b']]]
            Custom: !Something [x]
            Cond: !Condition IsProd
            Timeout: 30
            Quoted: '30'
            Flag: true
            Nothing: ~
            Events:
              - Id: first
                Arn: x
      """;

  @Test
  void shortFormIntrinsicsBecomeTheirLongForm() {
    MapNode root = root("template.yaml", SAM);
    Node role = at(root, "Resources", "Fn", "Properties", "Role");
    assertThat(role.intrinsicName()).contains("Fn::GetAtt");
    ListNode getAtt = (ListNode) role.intrinsicArgument().orElseThrow();
    assertThat(getAtt.items()).extracting(n -> n.literal().orElseThrow()).containsExactly("Role", "Arn");
    ListNode aliasGetAtt = (ListNode) at(root, "Resources", "Fn", "Properties", "Alias").intrinsicArgument().orElseThrow();
    assertThat(aliasGetAtt.items()).extracting(n -> n.literal().orElseThrow()).containsExactly("Fn", "Alias.Name");
    assertThat(at(root, "Resources", "Fn", "Properties", "Name").intrinsicName()).contains("Fn::Sub");
    assertThat(at(root, "Resources", "Fn", "Properties", "Parts", "Fn::Sub", "1", "A").intrinsicName()).contains("Ref");
    Node ifNode = at(root, "Resources", "Fn", "Properties", "Value");
    assertThat(ifNode.intrinsicName()).contains("Fn::If");
    assertThat(at(root, "Resources", "Fn", "Properties", "Value", "Fn::If", "1").intrinsicName()).contains("Fn::Join");
    assertThat(at(root, "Resources", "Fn", "Properties", "Value", "Fn::If", "2", "Fn::Select", "1").intrinsicName())
        .contains("Fn::Split");
    assertThat(at(root, "Resources", "Fn", "Properties", "Custom").intrinsicName()).contains("Fn::Something");
    assertThat(at(root, "Resources", "Fn", "Properties", "Cond").intrinsicName()).contains("Condition");
  }

  @Test
  void everyIntrinsicTagOfTheCatalogMaps() {
    for (String tag : new String[] {"Ref", "Condition", "GetAtt", "Sub", "Join", "Select", "Split", "If", "Equals",
        "Not", "And", "Or", "FindInMap", "Base64", "Cidr", "ImportValue", "GetAZs", "Transform"}) {
      MapNode root = root("t.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nValue: !" + tag + " x\n");
      String expected = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
      assertThat(root.get("Value").orElseThrow().intrinsicName()).as(tag).contains(expected);
    }
  }

  @Test
  void scalarsKeepTheirTextAndTypedValue() {
    MapNode props = (MapNode) at(root("template.yaml", SAM), "Resources", "Fn", "Properties");
    assertThat(((ScalarNode) props.get("Timeout").orElseThrow()).value()).isEqualTo(30L);
    assertThat(((ScalarNode) props.get("Quoted").orElseThrow()).value()).isEqualTo("30");
    assertThat(((ScalarNode) props.get("Flag").orElseThrow()).value()).isEqualTo(true);
    assertThat(((ScalarNode) props.get("Nothing").orElseThrow()).isNull()).isTrue();
  }

  @Test
  void positionsAreOneBasedWithExclusiveEndColumns() {
    MapNode root = root("template.yaml", SAM);
    MapNode resources = (MapNode) root.get("Resources").orElseThrow();
    assertThat(resources.keyNode("Fn").orElseThrow().range()).isEqualTo(new TextRange(4, 3, 4, 5));
    Node timeout = at(root, "Resources", "Fn", "Properties", "Timeout");
    assertThat(timeout.range()).isEqualTo(new TextRange(14, 16, 14, 18));
    assertThat(timeout.path()).isEqualTo("Resources/Fn/Properties/Timeout");
    assertThat(timeout.logicalId()).contains("Fn");
    // A mapping list item starts at its first key, on the dash's line.
    Node item = at(root, "Resources", "Fn", "Properties", "Events", "0");
    assertThat(item.range().startLine()).isEqualTo(19);
    assertThat(item.range().startColumn()).isEqualTo(11);
    assertThat(item.path()).isEqualTo("Resources/Fn/Properties/Events/0");
  }

  @Test
  void jsonTemplatesGetTheSameModelWithPositions() {
    String json = """
        {
          "AWSTemplateFormatVersion": "2010-09-09",
          "Resources": {
            "Fn": {
              "Type": "AWS::Lambda::Function",
              "Properties": {"Timeout": 30, "Role": {"Fn::GetAtt": ["Role", "Arn"]}, "Layers": [{"Ref": "L"}]}
            }
          }
        }
        """;
    MapNode root = root("stack.json", json);
    MapNode resources = (MapNode) root.get("Resources").orElseThrow();
    assertThat(resources.keyNode("Fn").orElseThrow().range()).isEqualTo(new TextRange(4, 5, 4, 9));
    Node timeout = at(root, "Resources", "Fn", "Properties", "Timeout");
    assertThat(timeout.range()).isEqualTo(new TextRange(6, 33, 6, 35));
    assertThat(((ScalarNode) timeout).value()).isEqualTo(30L);
    assertThat(at(root, "Resources", "Fn", "Properties", "Role").intrinsicName()).contains("Fn::GetAtt");
    Node layer = at(root, "Resources", "Fn", "Properties", "Layers", "0");
    assertThat(layer.range().startColumn()).isEqualTo(89); // the item's '{'
  }

  @Test
  void otherYamlAndJsonIsNotATemplate() {
    assertThat(load(".github/workflows/ci.yml", "on: [push]\njobs: {build: {runs-on: ubuntu-latest}}\n"))
        .isInstanceOf(LoadResult.NotATemplate.class);
    assertThat(load("package.json", "{\"name\": \"x\", \"version\": \"1.0.0\"}")).isInstanceOf(LoadResult.NotATemplate.class);
    assertThat(load("list.yaml", "- a\n- b\n")).isInstanceOf(LoadResult.NotATemplate.class);
    assertThat(load("config.yaml", "key: [unclosed\n")).isInstanceOf(LoadResult.NotATemplate.class);
    assertThat(load("empty.json", "")).isInstanceOf(LoadResult.NotATemplate.class);
  }

  @Test
  void templatesAreRecognisedByVersionTransformOrAwsResources() {
    assertThat(load("a.yaml", "AWSTemplateFormatVersion: '2010-09-09'\n")).isInstanceOf(LoadResult.Loaded.class);
    assertThat(load("b.yaml", "Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\n")).isInstanceOf(LoadResult.Loaded.class);
    assertThat(load("c.yaml", "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n")).isInstanceOf(LoadResult.Loaded.class);
    assertThat(load("d.yaml", "Resources:\n  Q:\n    Type: Custom::Thing\n")).isInstanceOf(LoadResult.NotATemplate.class);
  }

  @Test
  void aYamlSyntaxErrorIsReportedAtTheParsersPosition() {
    ParseProblem p = failure("template.yaml", "Resources:\n  A: [unclosed\n  B: 1\n".getBytes(StandardCharsets.UTF_8));
    assertThat(p.message()).startsWith("YAML syntax error:");
    assertThat(p.range().startLine()).isEqualTo(3);
  }

  @Test
  void tabsInIndentationAreASyntaxError() {
    ParseProblem p = failure("template.yaml", "Resources:\n\tQ:\n\t\tType: AWS::SQS::Queue\n".getBytes(StandardCharsets.UTF_8));
    assertThat(p.message()).contains("YAML syntax error").containsIgnoringCase("tab");
    assertThat(p.range().startLine()).isEqualTo(2);
  }

  @Test
  void duplicateKeysAreReportedButTheTemplateStillLoads() {
    LoadResult result = load("template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A:\n    Type: AWS::SQS::Queue\n  A:\n    Type: AWS::SNS::Topic\n");
    assertThat(result).isInstanceOf(LoadResult.Loaded.class);
    LoadResult.Loaded loaded = (LoadResult.Loaded) result;
    assertThat(loaded.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("duplicate key 'A' (first at line 3); the last value was used");
      assertThat(p.range().startLine()).isEqualTo(5);
    });
    assertThat(at(loaded.root(), "Resources", "A", "Type").literal()).contains("AWS::SNS::Topic");
  }

  @Test
  void aBillionLaughsBombFailsFastWithALimitMessage() {
    StringBuilder bomb = new StringBuilder("AWSTemplateFormatVersion: '2010-09-09'\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) bomb.append(i == 0 ? "" : ",").append('*').append(prev);
      bomb.append("]\n");
      prev = c;
    }
    ParseProblem p = failure("template.yaml", bomb.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(p.message()).containsAnyOf("aliases", "alias");
  }

  @Test
  void aFewAliasesThatExpandHugelyAreStoppedByTheNodeBudget() {
    StringBuilder bomb = new StringBuilder("AWSTemplateFormatVersion: '2010-09-09'\nl0: &l0 [x, x]\n");
    for (int i = 1; i <= 30; i++) bomb.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
    ParseProblem p = failure("template.yaml", bomb.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(p.message()).contains("nodes");
  }

  @Test
  void deepNestingFailsWithAMessageNotAStackOverflow() {
    String deepYaml = "AWSTemplateFormatVersion: x\nv: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    assertThat(failure("template.yaml", deepYaml.getBytes(StandardCharsets.UTF_8)).message()).containsIgnoringCase("depth");
    String deepJson = "{\"AWSTemplateFormatVersion\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    assertThat(failure("template.json", deepJson.getBytes(StandardCharsets.UTF_8)).message()).containsIgnoringCase("depth");
  }

  @Test
  void filesOverTheSizeLimitAreRefusedBeforeParsing() {
    TemplateLoader small = new TemplateLoader(new LoaderLimits(1024, 100, 200));
    byte[] big = ("AWSTemplateFormatVersion: '2010-09-09'\n" + "# padding\n".repeat(200)).getBytes(StandardCharsets.UTF_8);
    LoadResult result = load(small, "template.yaml", big);
    assertThat(result).isInstanceOf(LoadResult.Failed.class);
    assertThat(((LoadResult.Failed) result).problem().message()).contains("larger than");
  }

  @Test
  void encodings() {
    byte[] bom = ("\uFEFFAWSTemplateFormatVersion: '2010-09-09'\n").getBytes(StandardCharsets.UTF_8);
    assertThat(load(loader, "t.yaml", bom)).isInstanceOf(LoadResult.Loaded.class);
    byte[] utf16 = ("\uFEFFAWSTemplateFormatVersion: '2010-09-09'\n").getBytes(StandardCharsets.UTF_16LE);
    assertThat(load(loader, "t.yaml", utf16)).isInstanceOf(LoadResult.Loaded.class);
    byte[] invalid = "AWSTemplateFormatVersion: x\nDescription: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    ParseProblem p = failure("template.yaml", invalid);
    assertThat(p.message()).contains("invalid UTF-8");
    assertThat(p.range().startLine()).isEqualTo(2);
  }

  @Test
  void binaryAndEmptyTemplatesAreReportedOnlyWhenNamedAsTemplates() {
    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
    assertThat(failure("template.yaml", binary).message()).contains("binary");
    assertThat(load(loader, "logo.yaml", binary)).isInstanceOf(LoadResult.NotATemplate.class);
    assertThat(failure("template.yml", new byte[0]).message()).isEqualTo("empty template");
  }

  @Test
  void moreThanOneDocumentIsNotATemplate() {
    ParseProblem p = failure("template.yaml", "AWSTemplateFormatVersion: x\n---\nResources: {}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(p.message()).contains("more than one YAML document");
    assertThat(p.range().startLine()).isEqualTo(3); // where the second document's content starts
  }

  @Test
  void parserMessagesNeverRepeatTheTextTheyChokedOn() {
    ParseProblem p = failure("template.json",
        "{\"AWSTemplateFormatVersion\": \"x\", \"Key\": AKIAIOSFODNN7EXAMPLE}".getBytes(StandardCharsets.UTF_8));
    assertThat(p.message()).doesNotContain("AKIAIOSFODNN7EXAMPLE").contains("AKIA****");
    assertThat(ParserMessages.clean("expected '<document start>', but found '<scalar>'"))
        .isEqualTo("expected '<document start>', but found '<scalar>'");
  }
}
