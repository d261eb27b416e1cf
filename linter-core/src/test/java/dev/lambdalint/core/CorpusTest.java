package dev.lambdalint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.JavaParsing;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.parse.LoadResult;
import dev.lambdalint.core.parse.TemplateLoader;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The loaders and models over the real-world corpus beside the repository (../shared/corpus):
 * nothing throws, and only files known to be broken fail to load.
 */
class CorpusTest {
  private static final Path CORPUS = Path.of("../../shared/corpus").toAbsolutePath().normalize();

  /** Not loadable, for reasons of their own: invalid YAML, and Maven archetype (Velocity) sources. */
  private static final List<String> KNOWN_BROKEN = List.of(
      "serverless-java-container/aws-serverless-jersey-archetype/src/main/resources/archetype-resources/template.yml",
      "serverless-java-container/aws-serverless-spring-archetype/src/main/resources/archetype-resources/template.yml",
      "serverless-java-container/aws-serverless-springboot3-archetype/src/main/resources/archetype-resources/template.yml",
      "serverless-java-container/aws-serverless-springboot4-archetype/src/main/resources/archetype-resources/template.yml",
      "serverless-patterns/rds-sns-event-notification/template.yaml");

  private static List<Path> files(String... extensions) throws Exception {
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> Stream.of(extensions).anyMatch(e -> p.getFileName().toString().endsWith(e)))
          .sorted().toList();
    }
  }

  @Test
  void everyTemplateLoadsOrIsAKnownBrokenFile() throws Exception {
    assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
    TemplateLoader loader = new TemplateLoader();
    List<String> failed = new ArrayList<>();
    List<Template> templates = new ArrayList<>();
    for (Path p : files(".yaml", ".yml", ".json", ".template")) {
      SourceFile file = SourceFile.of(p, CORPUS);
      LoadResult result = loader.load(file, Files.readAllBytes(p));
      if (result instanceof LoadResult.Failed) failed.add(file.path());
      if (result instanceof LoadResult.Loaded loaded) templates.add(Template.of(file, loaded.root()));
    }
    assertThat(failed).containsExactlyInAnyOrderElementsOf(KNOWN_BROKEN);
    assertThat(templates).hasSizeGreaterThan(400);

    int functions = 0;
    int events = 0;
    for (Template t : templates) {
      t.parameters().forEach(p -> p.noEcho());
      t.policyStatements().forEach(s -> {
        s.isAllow();
        s.actions();
        s.resources();
      });
      for (Function f : t.functions()) {
        functions++;
        f.runtime();
        f.handler();
        f.isJava();
        f.code();
        f.timeout();
        f.memorySize();
        f.environment();
        f.layers();
        f.policies();
        f.deadLetterTarget();
        f.eventInvokeConfig();
        f.tracing();
        events += f.events().size();
        f.events().forEach(e -> {
          e.batchSize();
          e.functionResponseTypes();
        });
      }
    }
    assertThat(functions).isGreaterThan(300);
    assertThat(events).isGreaterThan(200);
  }

  @Test
  void everyJavaFileParsesAndTheModelBuilds() throws Exception {
    assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
    JavaParsing parsing = new JavaParsing();
    List<JavaSource> sources = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (Path p : files(".java")) {
      if (p.toString().contains("archetype-resources")) continue; // Velocity templates of Java, not Java
      JavaParsing.Result result = parsing.parse(SourceFile.of(p, CORPUS), Files.readString(p));
      result.source().ifPresent(sources::add);
      result.problem().ifPresent(problem -> failed.add(problem.file().path() + ": " + problem.message()));
    }
    assertThat(failed).isEmpty();
    JavaModel model = JavaModel.of(sources);
    assertThat(model.handlers().size()).isGreaterThan(100);
  }

  @Test
  void everyCdkJavaFileReadsIntoATemplate() throws Exception {
    assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
    JavaParsing parsing = new JavaParsing();
    int read = 0;
    int functions = 0;
    for (Path p : files(".java")) {
      if (p.toString().contains("archetype-resources") || p.toString().contains("/cdk.out/")) continue;
      JavaSource source = parsing.parse(SourceFile.of(p, CORPUS), Files.readString(p)).source().orElse(null);
      if (source == null || !dev.lambdalint.core.cdk.CdkReader.isCdk(source)) continue;
      Template template = dev.lambdalint.core.cdk.CdkReader.read(source);
      read++;
      functions += template.functions().size();
      for (Function f : template.functions()) f.events(); // every view builds
    }
    assertThat(read).isGreaterThan(20);
    assertThat(functions).isGreaterThan(5);
  }
}
