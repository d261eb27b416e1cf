package dev.lambdalint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.graph.SystemGraph;
import dev.lambdalint.core.graph.SystemGraph.Edge;
import dev.lambdalint.core.graph.SystemGraph.EdgeKind;
import dev.lambdalint.core.graph.SystemGraph.Node;
import dev.lambdalint.core.graph.SystemGraph.NodeKind;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report as a specification: structure, escaping, filters, source, graph, determinism. */
class HtmlReporterTest {
  private static final String HOSTILE = "</script><img src=x onerror=alert(1)></textarea>\"'&<!-- \u202Eevil";
  private static final RuleMeta SECRET = new RuleMeta("LL301", "plaintext-secret-in-environment", Severity.ERROR,
      Category.SECURITY, "A secret is written in plain text", List.of("security"), Precision.HIGH, "8.0",
      "# LL301 plaintext-secret-in-environment\n\nDo not.\n", true);

  @TempDir Path dir;

  private static String html(Report report) throws Exception {
    StringWriter out = new StringWriter();
    Reporters.forFormat("html").write(report, out);
    return out.toString();
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) n++;
    return n;
  }

  /** A template and a handler on disk, findings on them, a graph of three nodes. */
  private Report sample() throws Exception {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, String.join("\n",
        "Resources:",                               // 1
        "  OrderQueue:",                            // 2
        "    Type: AWS::SQS::Queue",                // 3
        "  OrderFunction:",                         // 4
        "    Type: AWS::Serverless::Function",      // 5
        "    Properties:",                          // 6
        "      Environment:",                       // 7
        "        Variables:",                       // 8
        "          DB_PASSWORD: hunter2-secret",    // 9
        "          MODE: \"" + HOSTILE + "\"",      // 10
        "      Events:",                            // 11
        "        Orders: {Type: SQS}",              // 12
        ""));
    Path handler = dir.resolve("src/Handler.java");
    Files.createDirectories(handler.getParent());
    Files.writeString(handler, "class Handler {\n  void handle() {\n    S3Client s3 = S3Client.create(); // caf\u00E9 \uD83D\uDE00\n  }\n}\n");
    SourceFile yaml = SourceFile.of(template, dir);
    SourceFile java = SourceFile.of(handler, dir);
    List<Finding> findings = new ArrayList<>(List.of(
        new Finding(SampleReports.CLIENT, Severity.WARNING, "S3Client is built on every invocation",
            Location.of(java, new TextRange(3, 19, 3, 36)), "a"),
        new Finding(SampleReports.WILDCARD, Severity.ERROR, HOSTILE,
            new Location(yaml, new TextRange(4, 3, 4, 16), "Resources/OrderFunction", "OrderFunction"), "b"),
        new Finding(SECRET, Severity.ERROR, "DB_PASSWORD holds a secret (hu*****)",
            new Location(yaml, new TextRange(9, 24, 9, 38), "Resources/OrderFunction/Properties/Environment", "OrderFunction"), "c"),
        new Finding(SampleReports.RETENTION, Severity.NOTE, "logs are kept forever",
            new Location(yaml, new TextRange(10, 11, 10, 15), "Resources/OrderFunction", "OrderFunction"), "d"),
        new Finding(SampleReports.TRACING, Severity.NOTE, "no tracing",
            new Location(yaml, TextRange.startOfLine(2), "Resources/OrderQueue", "OrderQueue"), "e")));
    findings.sort(Finding.ORDER);
    Finding quiet = new Finding(SampleReports.RETENTION, Severity.NOTE, "suppressed one",
        new Location(yaml, TextRange.startOfLine(3), "Resources/OrderQueue", "OrderQueue"), "s");
    Report report = new Report(dir, findings, List.of(SampleReports.CLIENT, SampleReports.WILDCARD, SECRET,
        SampleReports.TRACING, SampleReports.RETENTION), 1, 1, "9.9.9", List.of(new Suppressed(quiet, Suppressed.Kind.IN_SOURCE, "known")));
    Node queue = new Node("template.yaml#OrderQueue", NodeKind.QUEUE, "OrderQueue", List.of(),
        Optional.of(new Location(yaml, TextRange.startOfLine(2), "Resources/OrderQueue", "OrderQueue")), "template.yaml");
    Node function = new Node("template.yaml#OrderFunction", NodeKind.FUNCTION, "OrderFunction", List.of("java21", "512 MB", "30 s"),
        Optional.of(new Location(yaml, TextRange.startOfLine(4), "Resources/OrderFunction", "OrderFunction")), "template.yaml");
    Node price = new Node("template.yaml#PriceFunction", NodeKind.FUNCTION, "Price<Function>", List.of("java21"),
        Optional.empty(), "template.yaml");
    SystemGraph graph = new SystemGraph(List.of(function, queue, price), List.of(
        new Edge(function.id(), price.id(), EdgeKind.CODE_SYNC_INVOKE, "sync", true),
        new Edge(queue.id(), function.id(), EdgeKind.POLL, "Orders", false),
        new Edge(queue.id(), "template.yaml#OrderQueue/no-dlq", EdgeKind.MISSING_FAILURE, "", false)));
    return report.withGraph(graph);
  }

  @Test
  void everyKindOfNodeHasAStyleOfItsOwn() throws Exception {
    // A kind the stylesheet does not know is drawn black on black (it happened to the missing-failure marker).
    String css;
    try (var in = HtmlReporter.class.getResourceAsStream("html-report.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (NodeKind kind : NodeKind.values()) {
      assertThat(css).as(kind.name()).contains(".k-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " rect");
    }
  }

  @Test
  void tagsAreBalancedAndTheMainLandmarksArePresent() throws Exception {
    String html = html(sample());
    assertBalanced(html);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(count(html, "<main>")).isOne();
    assertThat(count(html, "<h1>")).isOne();
    assertThat(html).contains("<meta charset=\"utf-8\">", "<title>lambdalint report: 5 findings</title>");
    assertBalanced(html(SampleReports.empty()));
    assertBalanced(html(SampleReports.withNotes()));
  }

  @Test
  void nothingIsFetched() throws Exception {
    String html = html(sample());
    assertThat(html).doesNotContain("src=\"http", "href=\"http", "@import", "url(http", "<link", "<iframe");
    assertThat(html).contains("Content-Security-Policy", "default-src 'none'", "script-src 'sha256-");
    // The CSP's hashes are those of the page's own style and script.
    Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertThat(script.find()).isTrue();
    assertThat(html).contains("script-src '" + HtmlReporter.sha256(script.group(1)) + "'");
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
    assertThat(style.find()).isTrue();
    assertThat(html).contains("style-src '" + HtmlReporter.sha256(style.group(1)) + "'");
  }

  @Test
  void everyFindingIsListedOnceWithItsEscapedMessage() throws Exception {
    Report report = sample();
    String html = html(report);
    assertThat(count(html, "<article class=\"finding ")).isEqualTo(report.findings().size());
    for (Finding f : report.findings()) {
      assertThat(count(html, "<p class=\"msg\">" + HtmlText.escape(f.message()) + "</p>")).as(f.message()).isOne();
    }
    assertThat(count(html, "<article class=\"suppressed-finding ")).isOne();
    assertThat(html).contains("suppressed one", "Suppressed in source: known");
  }

  @Test
  void hostileTextIsEscapedEverywhere() throws Exception {
    String html = html(sample());
    assertThat(count(html, "<script")).isOne();
    assertThat(count(html, "</script>")).isOne();
    assertThat(html).doesNotContain("<img", "</textarea>", "onerror=alert(1)>", "\u202E", "<!-- ");
    assertThat(html).contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&lt;/textarea&gt;&quot;&#39;&amp;&lt;!-- &lt;U+202E&gt;evil");
    // the node label Price<Function> too
    assertThat(html).contains("Price&lt;Function&gt;").doesNotContain("Price<Function>");
  }

  @Test
  void aLoneSurrogateAndControlCharactersBecomeReplacementCharacters() {
    assertThat(HtmlText.escape("a\uD83Db\uDE00c\u0000d\u001Be\u0085f\tg\nh")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\tg\nh");
    assertThat(HtmlText.escape("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void filtersForEverySeverityAndEveryRuleWithAFinding() throws Exception {
    Report report = sample();
    String html = html(report);
    for (Severity s : Severity.values()) {
      assertThat(html).contains("<input type=\"checkbox\" id=\"filter-sev-" + s.label() + "\" name=\"sev\" value=\"" + s.label() + "\" checked>");
      assertThat(html).contains("<label for=\"filter-sev-" + s.label() + "\">");
    }
    assertThat(html).contains("data-count-sev=\"error\">2<", "data-count-sev=\"warning\">1<", "data-count-sev=\"note\">2<");
    for (String rule : List.of("LL101", "LL301", "LL303", "LL505", "LL506")) {
      assertThat(html).contains("name=\"rule\" value=\"" + rule + "\" checked>");
      assertThat(html).contains("<details class=\"rule-help\" id=\"rule-" + rule + "\">");
      assertThat(html).contains("<div class=\"items\" data-rule=\"" + rule + "\"></div>");
    }
    assertThat(count(html, "name=\"rule\"")).isEqualTo(5);
  }

  @Test
  void sourceLinesAroundEachFindingWithItsRangeMarked() throws Exception {
    String html = html(sample());
    // LL101 on line 3 of a 5-line file: lines 1 to 5, line 3 marked, its range in <mark>.
    assertThat(html).contains("<span class=\"line hit\"><span class=\"ln\">3</span><span class=\"mk\">&gt;</span>"
        + "    S3Client s3 = <mark>S3Client.create()</mark>; // caf\u00E9 \uD83D\uDE00</span>");
    assertThat(html).contains("aria-label=\"Source lines 1 to 5\"");
    // the rule help, from the docs the explain command shows, rendered
    assertThat(html).contains("<p>Clients built per call are slow.</p>", "<h4>Non-compliant</h4>",
        "<pre class=\"code\"><code class=\"language-java\">S3Client.create();</code></pre>");
  }

  @Test
  void aSecretsLineIsNeverShown() throws Exception {
    String html = html(sample());
    assertThat(html).doesNotContain("hunter2");
    assertThat(html).contains("The source is not shown: this line holds a secret.",
        "<span class=\"redacted\">(line hidden: it holds a secret)</span>");
  }

  @Test
  void relatedPlacesAreListedUnderTheFindingAndItsBadgeIsOnTheirResource() throws Exception {
    SourceFile stack = SourceFile.of(dir.resolve("infra/SearchStack.java"), dir);
    SourceFile synthesized = SourceFile.of(dir.resolve("infra/cdk.out/Search.template.json"), dir);
    Location policy = new Location(synthesized, new TextRange(362, 11, 362, 14), "Resources/SearchPolicy/Properties", "SearchPolicy");
    Finding moved = new Finding(SampleReports.WILDCARD, Severity.ERROR, "allows every action",
        Location.of(stack, new TextRange(31, 17, 31, 22)), "f1",
        List.of(new dev.lambdalint.core.model.RelatedLocation(policy, "synthesized as <Resources/SearchPolicy>")));
    Node node = new Node("infra/cdk.out/Search.template.json#SearchPolicy", NodeKind.OTHER, "SearchPolicy", List.of(),
        Optional.of(policy), "infra/cdk.out/Search.template.json");
    Report report = new Report(dir, List.of(moved), List.of(SampleReports.WILDCARD), 1, 1, "1")
        .withGraph(new SystemGraph(List.of(node), List.of()));
    String html = html(report);
    assertThat(html).contains("<ul class=\"related\" aria-label=\"Related places\">\n<li><span class=\"loc\">"
        + "infra/cdk.out/Search.template.json:362:11</span> <span class=\"lid\">[SearchPolicy]</span>: "
        + "synthesized as &lt;Resources/SearchPolicy&gt;</li>\n</ul>");
    assertThat(html).contains("<g class=\"badge sev-error\" data-node=\"0\"", "data-nodes=\"0\"");
    assertBalanced(html);
  }

  @Test
  void aFileThatFailedToParseShowsNoLineTheSecretRulesDidNotRead() throws Exception {
    Path broken = dir.resolve("Broken.java");
    Files.writeString(broken, "class Broken { String key = \"AKIAZ7QW3RT5YU2PLM4N\" \"x\"; }\n");
    SourceFile file = SourceFile.of(broken, dir);
    List<Finding> findings = List.of(
        new Finding(dev.lambdalint.core.engine.BuiltinRules.PARSE_ERROR, Severity.ERROR, "Broken.java cannot be parsed",
            Location.of(file, TextRange.at(1, 52)), "p"),
        new Finding(SampleReports.CLIENT, Severity.WARNING, "a client", Location.of(file, TextRange.at(1, 1)), "q"));
    String html = html(new Report(dir, findings, List.of(SampleReports.CLIENT), 0, 1, "1"));
    assertThat(html).doesNotContain("AKIA");
    assertThat(count(html, "The source is not shown: this file could not be fully analysed")).isEqualTo(2);
  }

  @Test
  void unreadableBinaryAndHugeFilesShowNoSourceAndCostNothingElse() throws Exception {
    Path binary = dir.resolve("Binary.java");
    Files.write(binary, new byte[] {'a', 0, 'b', '\n'});
    Path huge = dir.resolve("huge.yaml");
    Files.write(huge, new byte[(int) SourceLines.MAX_BYTES + 1]);
    Path folder = dir.resolve("folder.yaml");
    Files.createDirectories(folder);
    List<Finding> findings = new ArrayList<>();
    for (Path p : List.of(binary, huge, folder, dir.resolve("gone.yaml"))) {
      findings.add(new Finding(SampleReports.CLIENT, Severity.WARNING, "on " + p.getFileName(),
          Location.of(SourceFile.of(p, dir), TextRange.at(1, 1)), p.toString()));
    }
    findings.sort(Finding.ORDER);
    String html = html(new Report(dir, findings, List.of(SampleReports.CLIENT), 1, 1, "1"));
    assertThat(count(html, "The source is not shown (the file is not text")).isEqualTo(4);
    assertThat(count(html, "<article class=\"finding ")).isEqualTo(4);
    assertBalanced(html);
  }

  @Test
  void theGraphHasOneElementPerNodeAndEdgeAndBadgesOnTheRightNodes() throws Exception {
    Report report = sample();
    String html = html(report);
    List<Node> nodes = GraphSvg.nodes(report.graph().orElseThrow());
    assertThat(nodes).hasSize(4); // three, and the marker of the missing dead-letter queue
    String svg = html.substring(html.indexOf("<svg xmlns"), html.indexOf("</svg>", html.indexOf("<svg xmlns")));
    assertThat(count(svg, "<g class=\"node ")).isEqualTo(4);
    assertThat(count(svg, "<g class=\"edge e-")).isEqualTo(3);
    assertThat(html).contains("<g class=\"edge e-code-sync-invoke hl\"", "<g class=\"edge e-poll\"", "<g class=\"edge e-missing-failure\"");
    int function = indexOf(nodes, "template.yaml#OrderFunction");
    int queue = indexOf(nodes, "template.yaml#OrderQueue");
    // OrderFunction: LL303 (error), LL301 (error), LL506 (note); OrderQueue: LL505 (the suppressed one does not count).
    assertThat(html).contains("<g class=\"badge sev-error\" data-node=\"" + function + "\"",
        ">3 error</text>", "<g class=\"badge sev-note\" data-node=\"" + queue + "\"", ">1 note</text>");
    assertThat(count(html, "<g class=\"badge ")).isEqualTo(2);
    assertThat(count(html, "data-nodes=\"" + function + "\"")).isEqualTo(3);
    assertThat(count(html, "data-nodes=\"" + queue + "\"")).isEqualTo(1);
    assertThat(html).contains("aria-label=\"Show the 3 findings on OrderFunction (most severe: error)\"", "tabindex=\"0\"");
    // the text alternative
    assertThat(html).contains("<li>OrderFunction \u2192 Price&lt;Function&gt;: code invokes synchronously and waits (sync), part of a synchronous chain or cycle</li>");
  }

  @Test
  void layersRunFromSourcesThroughFunctionsToTargets() throws Exception {
    String html = html(sample());
    int queueX = nodeX(html, "OrderQueue");
    int functionX = nodeX(html, "OrderFunction");
    int priceX = nodeX(html, "Price&lt;Function&gt;");
    assertThat(queueX).isLessThan(functionX);
    assertThat(functionX).isLessThan(priceX);
  }

  @Test
  void aCycleOfFunctionsIsDrawnWithoutLoopingForever() throws Exception {
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      nodes.add(new Node(String.format("t#F%04d", i), NodeKind.FUNCTION, "F" + i, List.of(), Optional.empty(), "t"));
      edges.add(new Edge(String.format("t#F%04d", i), String.format("t#F%04d", (i + 1) % 3000), EdgeKind.CODE_SYNC_INVOKE, "", true));
    }
    edges.add(new Edge("t#F0000", "t#F0000", EdgeKind.CODE_SYNC_INVOKE, "", true));
    String svg = GraphSvg.render(new SystemGraph(nodes, edges), java.util.Map.of());
    assertThat(count(svg, "<g class=\"node ")).isEqualTo(3000);
    assertThat(count(svg, "<g class=\"edge ")).isEqualTo(3001);
  }

  @Test
  void theSameReportWritesTheSameBytes() throws Exception {
    assertThat(html(sample())).isEqualTo(html(sample()));
    // and the graph does not depend on the order its nodes and edges were given in
    Report report = sample();
    SystemGraph graph = report.graph().orElseThrow();
    List<Node> reversedNodes = new ArrayList<>(graph.nodes());
    java.util.Collections.reverse(reversedNodes);
    List<Edge> reversedEdges = new ArrayList<>(graph.edges());
    java.util.Collections.reverse(reversedEdges);
    assertThat(html(report.withGraph(new SystemGraph(reversedNodes, reversedEdges)))).isEqualTo(html(report));
  }

  @Test
  void writesValidUtf8ThroughAnEncoder() throws Exception {
    Path file = dir.resolve("r.html");
    Report report = sample();
    AtomicOutput.write(file, out -> Reporters.forFormat("html").write(report, out));
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains("caf\u00E9 \uD83D\uDE00");
  }

  @Test
  void markdownRawHtmlAndScriptLinksStayText() {
    String md = "# LL999 x\n\nA <b>bold</b> claim, **strong** and *em* with `code<>`.\n\n"
        + "- one [docs](https://docs.aws.amazon.com/x?a=1&b=2)\n  continued\n  - nested\n- [bad](javascript:alert(1))\n\n"
        + "1. first\n2. second\n\n> quoted\n\n```yaml\nKey: <value>\n```\n";
    String html = MarkdownHtml.render(md, 3, "LL999 x");
    assertThat(html).doesNotContain("LL999 x", "<b>", "javascript:");
    assertThat(html).contains("<p>A &lt;b&gt;bold&lt;/b&gt; claim, <strong>strong</strong> and <em>em</em> with <code>code&lt;&gt;</code>.</p>",
        "<ul>\n<li>one <a href=\"https://docs.aws.amazon.com/x?a=1&amp;b=2\" rel=\"noopener noreferrer\">docs</a> continued<ul><li>nested</li></ul></li>\n<li>bad)</li>\n</ul>",
        "<ol>\n<li>first</li>\n<li>second</li>\n</ol>", "<blockquote><p>quoted</p></blockquote>",
        "<pre class=\"code\"><code class=\"language-yaml\">Key: &lt;value&gt;</code></pre>");
    assertBalanced("<div>" + html + "</div>");
  }

  private static int indexOf(List<Node> nodes, String id) {
    for (int i = 0; i < nodes.size(); i++) if (nodes.get(i).id().equals(id)) return i;
    throw new AssertionError(id);
  }

  private static int nodeX(String html, String label) {
    Matcher m = Pattern.compile("<text class=\"label\" x=\"(\\d+)\" y=\"\\d+\">" + Pattern.quote(label) + "</text>").matcher(html);
    assertThat(m.find()).as(label).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static final Set<String> VOID = Set.of("meta", "input", "br", "img", "link", "hr");

  /** Every start tag closed in order (void elements and self-closing SVG tags aside), script and style read as text. */
  static void assertBalanced(String html) {
    Matcher tag = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*?)(/?)>|<!DOCTYPE html>").matcher(html);
    Deque<String> open = new ArrayDeque<>();
    int at = 0;
    while (tag.find(at)) {
      at = tag.end();
      if (tag.group(2) == null) continue;
      String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
      boolean closing = !tag.group(1).isEmpty();
      if (!closing && (name.equals("script") || name.equals("style"))) {
        int end = html.indexOf("</" + name + ">", at);
        assertThat(end).as("</" + name + "> after " + at).isPositive();
        at = end + name.length() + 3;
        continue;
      }
      if (closing) {
        assertThat(open).as("closing </" + name + "> at " + tag.start()).isNotEmpty();
        assertThat(open.pop()).as("closing </" + name + "> at " + tag.start()).isEqualTo(name);
      } else if (!VOID.contains(name) && tag.group(4).isEmpty()) {
        open.push(name);
      }
    }
    assertThat(open).as("unclosed").isEmpty();
    // nothing that looks like a tag is left over from text
    assertThat(html.replaceAll("(?s)<script>.*?</script>|<style>.*?</style>", "")).doesNotContainPattern("<[^a-zA-Z/!]");
  }
}
