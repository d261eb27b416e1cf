package dev.lambdalint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.suppress.Suppressed;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streamed SARIF says what Jackson databind says of the same java-sarif model — every property
 * lambdalint sets, none lost — plus each level written out where databind leaves SARIF's default
 * ({@code warning}) implicit.
 */
class SarifJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of("two findings, one with a logical location, a security rule", SampleReports.twoFindings()),
        Arguments.of("no finding", SampleReports.empty()),
        Arguments.of("suppressed in source and in a baseline", NewFormatsTest.withSuppressed()),
        Arguments.of("a file outside the root, a rule without docs", outsideRootWithoutDocs()),
        Arguments.of("more results than GitHub accepts: a notification",
            SampleReports.beyondSarifCap(3, 1000, Suppressed.Kind.EXTERNAL)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void theStreamedLogIsDatabindsSerialisationOfTheModelWithEveryLevelWritten(String name, Report report)
      throws Exception {
    SarifSchema210 model = SarifReporter.log(report);
    StringWriter streamed = new StringWriter();
    SarifJson.write(model, streamed);

    assertThat(MAPPER.readTree(streamed.toString())).isEqualTo(databindWithLevels(model));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void theReporterWritesTheStreamedLogAndANewline(String name, Report report) throws Exception {
    StringWriter viaReporter = new StringWriter();
    new SarifReporter().write(report, viaReporter);
    StringWriter streamed = new StringWriter();
    SarifJson.write(SarifReporter.log(report), streamed);

    assertThat(viaReporter.toString()).isEqualTo(streamed + "\n");
  }

  /** What databind writes of {@code model}, each level added where java-sarif leaves the default out. */
  private static JsonNode databindWithLevels(SarifSchema210 model) {
    ObjectNode tree = MAPPER.valueToTree(model);
    Run run = model.getRuns().get(0);
    ObjectNode runNode = (ObjectNode) tree.get("runs").get(0);
    List<ReportingDescriptor> rules = new ArrayList<>(run.getTool().getDriver().getRules());
    for (int i = 0; i < rules.size(); i++) {
      ((ObjectNode) runNode.get("tool").get("driver").get("rules").get(i)).withObject("defaultConfiguration")
          .put("level", rules.get(i).getDefaultConfiguration().getLevel().value());
    }
    List<Result> results = run.getResults();
    for (int i = 0; i < results.size(); i++) {
      ((ObjectNode) runNode.get("results").get(i)).put("level", results.get(i).getLevel().value());
    }
    if (run.getInvocations() != null) {
      for (int i = 0; i < run.getInvocations().size(); i++) {
        List<Notification> notifications = run.getInvocations().get(i).getToolExecutionNotifications();
        for (int j = 0; j < notifications.size(); j++) {
          ((ObjectNode) runNode.get("invocations").get(i).get("toolExecutionNotifications").get(j))
              .put("level", notifications.get(j).getLevel().value());
        }
      }
    }
    return tree;
  }

  private static Report outsideRootWithoutDocs() {
    RuleMeta undocumented = new RuleMeta("LL999", "no-docs", Severity.NOTE, Category.CONFIGURATION,
        "A rule without docs", List.of(), Precision.MEDIUM, null, "");
    SourceFile outside = SourceFile.of(Path.of("/elsewhere/dir with space/template.yaml").toAbsolutePath(),
        SampleReports.ROOT);
    Finding note = new Finding(undocumented, Severity.NOTE, "a note", Location.of(outside, TextRange.at(3, 1)), "n1");
    return new Report(SampleReports.ROOT, List.of(note), List.of(SampleReports.CLIENT, undocumented), 1, 0, "1.2.3");
  }
}
