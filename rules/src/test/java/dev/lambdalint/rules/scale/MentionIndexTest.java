package dev.lambdalint.rules.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.parse.LoadResult;
import dev.lambdalint.core.parse.TemplateLoader;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Template;
import dev.lambdalint.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The template's mention index answers exactly what {@link Template#mentions} answers, on every
 * fixture template (Ref, GetAtt in both forms, Sub with and without its own variables, nested
 * intrinsics): the rules that now ask the index instead of walking every resource per function or
 * per queue see the same resources, in the same order.
 */
class MentionIndexTest {

  @Test
  void theIndexAgreesWithMentionsOnEveryFixtureTemplate() throws Exception {
    List<Template> templates = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Fixtures.rulesRoot())) {
      for (Path p : files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList()) {
        SourceFile file = SourceFile.of(p, Fixtures.rulesRoot());
        if (new TemplateLoader().load(file, Files.readAllBytes(p)) instanceof LoadResult.Loaded loaded) {
          templates.add(Template.of(file, loaded.root()));
        }
      }
    }
    int pairs = 0;
    int mentioned = 0;
    for (Template t : templates) {
      List<Resource> resources = t.resources();
      for (Resource target : resources) {
        List<Resource> expected = resources.stream().filter(r -> t.mentions(r.node(), target)).toList();
        assertThat(t.resourcesMentioning(target.logicalId())).as("%s: resources mentioning %s", t, target.logicalId())
            .containsExactlyElementsOf(expected);
        for (Resource r : resources) {
          pairs++;
          boolean mentions = t.mentions(r.node(), target);
          if (mentions) mentioned++;
          assertThat(t.mentionedIds(r.node()).contains(target.logicalId()))
              .as("%s: %s mentions %s", t, r.logicalId(), target.logicalId()).isEqualTo(mentions);
        }
      }
    }
    assertThat(templates).hasSizeGreaterThan(100);
    assertThat(mentioned).as("mentions among %d pairs", pairs).isGreaterThan(200);
  }

  @Test
  void resourcesOfSeveralTypesComeInDocumentOrder() throws Exception {
    String yaml = """
        Resources:
          A: {Type: AWS::Lambda::Version}
          B: {Type: AWS::Lambda::Alias}
          C: {Type: AWS::SNS::Topic}
          D: {Type: AWS::Lambda::Version}
          E: {Type: AWS::Lambda::Alias}
        """;
    SourceFile file = SourceFile.of(Path.of("/x/template.yaml"), Path.of("/x"));
    LoadResult.Loaded loaded = (LoadResult.Loaded) new TemplateLoader().load(file, yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Template t = Template.of(file, loaded.root());
    assertThat(t.resourcesOfType("AWS::Lambda::Alias", "AWS::Lambda::Version", "AWS::Lambda::Alias"))
        .extracting(Resource::logicalId).containsExactly("A", "B", "D", "E");
  }
}
