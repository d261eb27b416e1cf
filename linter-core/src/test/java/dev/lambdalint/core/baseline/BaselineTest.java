package dev.lambdalint.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.core.config.ConfigException;
import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.suppress.Suppressed;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  @RuleInfo(id = "LL983", name = "secret-ish", severity = Severity.ERROR, category = Category.LAMBDALINT,
      summary = "Reports every resource with its description, as a message that could hold a secret")
  static final class SecretIsh implements Rule {
    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      for (Resource r : template.resources()) {
        sink.report(r.keyNode(), "resource " + r.logicalId() + " says " + r.properties().getLiteral("Description").orElse(""));
      }
    }
  }

  private static final String TEMPLATE = """
      AWSTemplateFormatVersion: '2010-09-09'
      Resources:
        Zeta:
          Type: AWS::SNS::Topic
          Properties: {Description: hunter2-password}
        Alpha:
          Type: AWS::SNS::Topic
          Properties: {Description: other}
      """;

  private Report lint() throws Exception {
    return new Linter(List.of(new SecretIsh())).run(LintRequest.of(dir, dir));
  }

  @Test
  void aBaselineIsSortedDeterministicAndHoldsNoMessageText() throws Exception {
    Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
    String written = Baseline.of(lint()).toString();
    assertThat(written).isEqualTo(Baseline.of(lint()).toString());
    assertThat(written).doesNotContain("hunter2", "says", "Zeta", "Alpha");
    JsonNode json = new ObjectMapper().readTree(written);
    assertThat(json.get("lambdalintBaseline").asInt()).isEqualTo(1);
    assertThat(json.get("findings")).hasSize(2);
    List<String> keys = List.of(json.get("findings").get(0).get("fingerprint").asText(),
        json.get("findings").get(1).get("fingerprint").asText());
    assertThat(keys).isSorted();
    assertThat(json.get("findings").get(0).fieldNames()).toIterable().containsExactly("ruleId", "path", "fingerprint");
  }

  @Test
  void onlyFindingsNotInTheBaselineRemainAndMovedLinesStillMatch() throws Exception {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, TEMPLATE);
    Path file = dir.resolve("baseline.json");
    Files.writeString(file, Baseline.of(lint()).toString());

    // Lines inserted above both findings, and a new resource.
    Files.writeString(template, TEMPLATE.replace("Resources:\n", "Description: moved\nMetadata: {a: 1}\nResources:\n")
        + "  Added:\n    Type: AWS::SNS::Topic\n");
    Baseline.Applied applied = Baseline.read(file).apply(lint(), "baseline.json");
    assertThat(applied.report().findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("resource Added"));
    assertThat(applied.report().suppressed()).hasSize(2).allSatisfy(s -> {
      assertThat(s.kind()).isEqualTo(Suppressed.Kind.EXTERNAL);
      assertThat(s.justification()).isEqualTo("accepted in baseline baseline.json");
    });
    assertThat(applied.stale()).isEmpty();
  }

  @Test
  void entriesNothingMatchesAreStale() throws Exception {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, TEMPLATE);
    Baseline baseline = Baseline.of(lint());
    Files.writeString(template, TEMPLATE.replace("  Zeta:\n    Type: AWS::SNS::Topic\n    Properties: {Description: hunter2-password}\n", ""));
    Baseline.Applied applied = baseline.apply(lint(), "b.json");
    assertThat(applied.report().findings()).isEmpty();
    assertThat(applied.stale()).singleElement().satisfies(e -> assertThat(e.ruleId()).isEqualTo("LL983"));
  }

  @Test
  void aBadBaselineFileIsAClearError() throws Exception {
    assertThatThrownBy(() -> Baseline.read(dir.resolve("missing.json")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("baseline file not found");
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"findings\": [}");
    assertThatThrownBy(() -> Baseline.read(bad)).hasMessageContaining("bad.json:1:").hasMessageContaining("invalid JSON");
    Path other = Files.writeString(dir.resolve("other.json"), "{\"version\": 2}");
    assertThatThrownBy(() -> Baseline.read(other)).hasMessageContaining("not a lambdalint baseline");
    Path incomplete = Files.writeString(dir.resolve("incomplete.json"),
        "{\"lambdalintBaseline\": 1, \"findings\": [{\"ruleId\": \"LL101\"}]}");
    assertThatThrownBy(() -> Baseline.read(incomplete)).hasMessageContaining("entry 0 needs");
  }
}
