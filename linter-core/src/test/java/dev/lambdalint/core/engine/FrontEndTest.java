package dev.lambdalint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.maven.MavenPom;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front-end seam: one list of front ends claims, loads, checks and counts every file of a run. */
class FrontEndTest {
  private static final String TEMPLATE = """
      AWSTemplateFormatVersion: '2010-09-09'
      Transform: AWS::Serverless-2016-10-31
      Resources:
        %s:
          Type: AWS::Serverless::Function
          Properties:
            CodeUri: fn/
            Handler: app.Handler::handleRequest
            Runtime: java21
            Events:
              Queue: {Type: SQS, Properties: {Queue: arn:aws:sqs:us-east-1:123456789012:q}}
      """;
  private static final String POM = """
      <project>
        <dependencies>
          <dependency><groupId>software.amazon.awssdk</groupId><artifactId>bundle</artifactId></dependency>
        </dependencies>
      </project>
      """;

  @TempDir Path dir;

  private static String names(Optional<FrontEnd<?>> frontEnd) {
    return frontEnd.map(FrontEnd::name).orElse("none");
  }

  @Test
  void theInstalledFrontEndsClaimTemplatesJavaSourcesAndPomsAndNothingElse() {
    FrontEnds installed = FrontEnds.installed();
    assertThat(installed.all()).extracting(FrontEnd::name)
        .containsExactly("CloudFormation/SAM template", "CDK Java source", "Java source", "Maven pom.xml");
    Path walked = Path.of("/repo").toAbsolutePath();
    Map<String, String> claims = new java.util.TreeMap<>();
    for (String file : List.of("template.yaml", "stack.YML", "a.json", "b.template", "src/App.java",
        "cdk.out/asset/App.java", "cdk.out/Stack.template.json", "pom.xml", "README.md", "build.gradle")) {
      claims.put(file, names(installed.claiming(new Candidate(walked.resolve(file), walked))));
    }
    assertThat(claims).containsExactlyInAnyOrderEntriesOf(Map.of(
        "template.yaml", "CloudFormation/SAM template", "stack.YML", "CloudFormation/SAM template",
        "a.json", "CloudFormation/SAM template", "b.template", "CloudFormation/SAM template",
        "src/App.java", "Java source", "cdk.out/asset/App.java", "none",
        "cdk.out/Stack.template.json", "CloudFormation/SAM template", "pom.xml", "Maven pom.xml",
        "README.md", "none", "build.gradle", "none"));
  }

  @Test
  void aCandidateKnowsTheWalkedFolderAndTheFoldersBetweenItAndTheFileOnly() {
    Path walked = Path.of("/work/app").toAbsolutePath();
    assertThat(new Candidate(walked.resolve("App.java"), walked).isInside("cdk.out")).isFalse();
    assertThat(new Candidate(walked.resolve("x/cdk.out/App.java"), walked).isInside("cdk.out")).isTrue();
    // Walking cdk.out itself meets only what a synth staged there (copies of the code).
    Path cloudAssembly = Path.of("/work/cdk.out").toAbsolutePath();
    assertThat(new Candidate(cloudAssembly.resolve("asset.1f2e/App.java"), cloudAssembly).isInside("cdk.out")).isTrue();
    // Folders above the walk do not count: a project that lives under a folder named cdk.out.
    assertThat(new Candidate(cloudAssembly.resolve("project/App.java"), cloudAssembly.resolve("project")).isInside("cdk.out")).isFalse();
    assertThat(new Candidate(cloudAssembly, cloudAssembly).isInside("cdk.out")).isFalse();
  }

  @Test
  void aCandidatesHeadIsItsFirstBytesReadWhenAskedAndNothingForAnUnreadableFile() throws IOException {
    Path big = dir.resolve("big.yaml");
    Files.write(big, "AWSTemplateFormatVersion: x\n".repeat(10_000).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] head = new Candidate(big, dir).head();
    assertThat(head).hasSize(Candidate.HEAD_BYTES);
    assertThat(new String(head, 0, 24, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("AWSTemplateFormatVersion");
    assertThat(new Candidate(dir.resolve("missing.yaml"), dir).head()).isEmpty();
  }

  /** Records every hook call, and throws on the function named Broken. */
  @RuleInfo(id = "LL980", name = "per-subject", severity = Severity.NOTE, category = Category.LAMBDALINT,
      summary = "Reports every function and event source it is shown")
  static final class PerSubject implements Rule {
    final List<String> calls = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      calls.add("template " + template.file().path());
    }

    @Override
    public void checkFunction(Function function, LintContext context, FindingSink sink) {
      calls.add("function " + function.logicalId());
      sink.report(function.keyNode(), "function " + function.logicalId());
    }

    @Override
    public void checkEvent(Function function, EventSource event, LintContext context, FindingSink sink) {
      calls.add("event " + function.logicalId() + "/" + event.name());
      if (function.logicalId().equals("Broken")) throw new IllegalStateException("boom");
      sink.report(event.anchor(), "event " + event.name() + " of " + function.logicalId());
    }
  }

  @Test
  void theEngineDoesTheLoopsAndAThrowingHookCostsOnlyItsOwnFile() throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/template.yaml"), TEMPLATE.formatted("Broken"));
    Files.writeString(dir.resolve("b/template.yaml"), TEMPLATE.formatted("Working"));
    PerSubject rule = new PerSubject();
    Report report = new Linter(List.of(rule)).run(LintRequest.of(dir, dir));

    assertThat(rule.calls).containsSubsequence("template a/template.yaml", "function Broken", "event Broken/Queue");
    assertThat(rule.calls).containsSubsequence("template b/template.yaml", "function Working", "event Working/Queue");
    List<String> found = report.findings().stream().map(f -> f.ruleId() + " " + f.file().path() + ":" + f.range().startLine()
        + " " + (f.ruleId().equals("LL002") ? "" : f.message())).toList();
    assertThat(found).containsExactly(
        "LL002 a/template.yaml:1 ",
        "LL980 b/template.yaml:4 function Working",
        "LL980 b/template.yaml:11 event Queue of Working");
    assertThat(report.templateCount()).isEqualTo(2);
    assertThat(report.javaFileCount()).isZero();
  }

  /** Asks the run for the pom beside each function's code, and says whether it is the same document each time. */
  @RuleInfo(id = "LL981", name = "reads-poms", severity = Severity.NOTE, category = Category.LAMBDALINT,
      summary = "Reports the dependencies of the pom beside each function")
  static final class ReadsPoms implements Rule {
    final Map<Path, Set<MavenPom>> seen = new ConcurrentHashMap<>();

    @Override
    public void checkFunction(Function function, LintContext context, FindingSink sink) {
      Path pom = function.template().directory().resolve("pom.xml");
      for (int i = 0; i < 2; i++) {
        context.document(pom, MavenPom.class).ifPresent(p -> seen.computeIfAbsent(pom, k -> ConcurrentHashMap.newKeySet()).add(p));
      }
      context.document(pom, MavenPom.class).ifPresent(p -> p.dependencies().forEach(d ->
          sink.report(function.keyNode(), function.logicalId() + " is built with " + d.coordinates())));
    }
  }

  @Test
  void aPomIsADocumentTheRunHoldsReadOnceWhetherTheWalkFoundItOrNot() throws Exception {
    Files.createDirectories(dir.resolve("walked"));
    Files.createDirectories(dir.resolve("aside"));
    Files.writeString(dir.resolve("walked/template.yaml"), TEMPLATE.formatted("Walked"));
    Files.writeString(dir.resolve("walked/pom.xml"), POM);
    Files.writeString(dir.resolve("aside/template.yaml"), TEMPLATE.formatted("Aside"));
    Files.writeString(dir.resolve("aside/pom.xml"), POM);
    ReadsPoms rule = new ReadsPoms();
    // The second template is given as a file of its own and its pom is not walked (EXACT: no context).
    Report report = new Linter(List.of(rule)).run(new LintRequest(List.of(dir.resolve("walked"),
        dir.resolve("aside/template.yaml")), dir, dev.lambdalint.core.config.LintConfig.defaults(),
        LintRequest.Context.EXACT, BuildFacts.NONE));

    assertThat(rule.seen).hasSize(2).allSatisfy((pom, documents) -> assertThat(documents).hasSize(1));
    assertThat(report.findings()).extracting(Finding::message).containsExactly(
        "Aside is built with software.amazon.awssdk:bundle", "Walked is built with software.amazon.awssdk:bundle");
    assertThat(report.templateCount()).isEqualTo(2); // a pom is not counted
  }

  @Test
  void aBrokenOrOversizedPomDeclaresNothingAndRaisesNoParseError() throws IOException, LintException {
    Files.writeString(dir.resolve("template.yaml"), TEMPLATE.formatted("Fn"));
    Files.writeString(dir.resolve("pom.xml"), "<project><dependencies><dependency>");
    Report report = new Linter(List.of(new ReadsPoms())).run(LintRequest.of(dir, dir));
    assertThat(report.findings()).isEmpty();

    // Over the bound: a real pom's dependency block, then padding past 8 MiB; not read at all.
    Files.writeString(dir.resolve("pom.xml"), POM.replace("</project>", "<!--" + " ".repeat((int) MavenPom.MAX_BYTES) + "--></project>"));
    assertThat(new Linter(List.of(new ReadsPoms())).run(LintRequest.of(dir, dir)).findings()).isEmpty();
    Files.writeString(dir.resolve("pom.xml"), POM);
    assertThat(new Linter(List.of(new ReadsPoms())).run(LintRequest.of(dir, dir)).findings()).hasSize(1);
  }
}
