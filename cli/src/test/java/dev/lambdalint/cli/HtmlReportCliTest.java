package dev.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.graph.SystemGraph;
import dev.lambdalint.core.graph.SystemGraph.Edge;
import dev.lambdalint.core.graph.SystemGraph.EdgeKind;
import dev.lambdalint.core.graph.SystemGraph.Node;
import dev.lambdalint.core.graph.SystemGraph.NodeKind;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.report.Reporters;
import dev.lambdalint.fixtures.Fixtures;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format html} and {@code --output-html} on the sample project. */
class HtmlReportCliTest {
  @TempDir Path dir;

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) n++;
    return n;
  }

  @Test
  void theSamplesReportListsEveryFindingOnceWithItsSource() {
    Path sample = Fixtures.project("order-service");
    Run run = Run.in(dir, "check", "--format", "html", sample.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    String html = run.out();
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(count(html, "<article class=\"finding ")).isEqualTo(14);
    assertThat(html).contains("data-rule=\"LL102\"", "data-count-sev=\"warning\">10<", "data-count-sev=\"error\">2<",
        // the LL102 call, its lines marked
        "<span class=\"ln\">42</span><span class=\"mk\">&gt;</span><mark>        .functionName(PRICING)</mark>");
    assertThat(Run.in(dir, "check", "--format", "html", sample.toString()).out()).isEqualTo(html);
  }

  @Test
  void outputHtmlWritesTheReportBesideAnother() throws Exception {
    Path sample = Fixtures.project("order-service");
    Run run = Run.in(dir, "check", "--output-sarif", "r.sarif", "--output-html", "r.html", sample.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Reports written to r.sarif, r.html.");
    assertThat(Files.readString(dir.resolve("r.html"))).contains("<h1>lambdalint report</h1>", "sync-lambda-invoke");
  }

  /**
   * The sample's graph drawn by hand as the graph builder draws it, with the run's real findings:
   * each template finding's badge lands on the node of the resource it is reported on. The page is
   * kept in {@code target/html-report-graph.html} for {@code scripts/check-html-report.sh} to open.
   */
  @Test
  void findingsOfTheSampleLandOnTheirNodes() throws Exception {
    Path sample = Fixtures.project("order-service");
    Report report = Linter.withInstalledRules().run(new LintRequest(List.of(sample), sample));
    SourceFile template = SourceFile.of(sample.resolve("template.yaml"), sample);
    String t = "template.yaml#";
    List<Node> nodes = new ArrayList<>();
    nodes.add(node(template, "CreateOrderFunction", NodeKind.FUNCTION, 35, "java21", "1024 MB", "20 s"));
    nodes.add(node(template, "FulfilOrderFunction", NodeKind.FUNCTION, 63, "java21", "1024 MB", "20 s"));
    nodes.add(node(template, "PricingFunction", NodeKind.FUNCTION, 90, "java21", "1024 MB", "20 s"));
    nodes.add(node(template, "FulfilmentQueue", NodeKind.QUEUE, 29));
    nodes.add(new Node(t + "CreateOrderFunction/Api", NodeKind.API, "POST /orders", List.of("implicit API"), Optional.empty(), "template.yaml"));
    List<Edge> edges = List.of(
        new Edge(t + "CreateOrderFunction/Api", t + "CreateOrderFunction", EdgeKind.SYNC_TRIGGER, "CreateOrder", true),
        new Edge(t + "CreateOrderFunction", t + "PricingFunction", EdgeKind.CODE_SYNC_INVOKE, "sync", true),
        new Edge(t + "FulfilmentQueue", t + "FulfilOrderFunction", EdgeKind.POLL, "Fulfil", false),
        new Edge(t + "FulfilmentQueue", t + "FulfilmentQueue/dlq", EdgeKind.MISSING_FAILURE, "no DLQ", false));
    Report drawn = report.withGraph(new SystemGraph(nodes, edges));
    StringWriter out = new StringWriter();
    Reporters.forFormat("html").write(drawn, out);
    String html = out.toString();

    int functionsFindings = 0;
    for (Finding f : report.findings()) {
      if ("FulfilOrderFunction".equals(f.location().logicalId())) functionsFindings++;
    }
    assertThat(functionsFindings).isEqualTo(4); // LL506, LL303, LL304, LL105
    Matcher badge = Pattern.compile("<g class=\"badge sev-(\\w+)\" data-node=\"(\\d+)\"[^>]*aria-label=\"Show the (\\d+) findings? on (\\w+)")
        .matcher(html);
    List<String> badges = new ArrayList<>();
    while (badge.find()) badges.add(badge.group(4) + " " + badge.group(3) + " " + badge.group(1));
    assertThat(badges).containsExactly("CreateOrderFunction 1 note", "FulfilOrderFunction 4 error", "FulfilmentQueue 1 warning");
    Path page = Path.of("target/html-report-graph.html");
    Files.createDirectories(page.getParent());
    Files.writeString(page, html);
  }

  private static Node node(SourceFile template, String id, NodeKind kind, int line, String... details) {
    return new Node("template.yaml#" + id, kind, id, List.of(details),
        Optional.of(new Location(template, TextRange.at(line, 3), "Resources/" + id, id)), "template.yaml");
  }
}
