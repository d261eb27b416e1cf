package dev.lambdalint.core.report;

import dev.lambdalint.core.engine.BuiltinRules;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.graph.SystemGraph;
import dev.lambdalint.core.graph.SystemGraph.Edge;
import dev.lambdalint.core.graph.SystemGraph.EdgeKind;
import dev.lambdalint.core.graph.SystemGraph.Node;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.RelatedLocation;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.suppress.Suppressed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One self-contained HTML5 page a reviewer opens and a CI job uploads: the summary, the findings
 * grouped by file or by rule with the source lines around each, filters by severity and rule, each
 * rule's help, suppressed findings apart, and the system's graph ({@link GraphSvg}) with each node's
 * findings on a badge that filters the list to them.
 *
 * <p>Nothing is fetched: the style and the script are inline, and the page's Content Security
 * Policy allows only those two (by hash), no other script, style, image, font or connection. Every
 * piece of user text — messages, paths, logical ids, source lines, docs — goes through
 * {@link HtmlText}. A line a secret-bearing finding ({@link RuleMeta#secretInFindings()}) covers
 * is never shown, nor any line of a file that failed to parse or on which a rule failed (LL001,
 * LL002: the secret rules may not have read it). The page holds no time, no absolute path and no
 * random id: the same report writes the same bytes.
 */
final class HtmlReporter implements Reporter {
  private static final String STYLE = resource("html-report.css");
  private static final String SCRIPT = resource("html-report.js");
  private static final String CSP = "default-src 'none'; script-src '" + sha256(SCRIPT) + "'; style-src '" + sha256(STYLE)
      + "'; img-src data:; base-uri 'none'; form-action 'none'";
  /** Lines shown before and after a finding's own. */
  static final int CONTEXT = 2;
  /** A finding spanning more lines shows its first ones only. */
  private static final int MAX_MARKED_LINES = 12;

  @Override
  public void write(Report report, Writer out) throws IOException {
    out.write(render(report));
    out.flush();
  }

  String render(Report report) {
    Page page = new Page(report);
    return page.html();
  }

  /** The state of one page being written: file and node numbering, the source read so far. */
  private static final class Page {
    private final Report report;
    private final StringBuilder html = new StringBuilder(64 * 1024);
    private final SourceLines sources = new SourceLines();
    private final Map<SourceFile, Integer> fileIndex = new LinkedHashMap<>();
    private final Map<String, RuleMeta> rulesShown = new TreeMap<>();
    /** Lines a secret-bearing finding covers, by absolute path: never shown. */
    private final Map<Path, Set<Integer>> secretLines = new HashMap<>();
    /**
     * Files that failed to parse, or on which a rule failed: the secret rules may not have read
     * them, so a secret in them is not marked, and none of their lines is shown.
     */
    private final Set<Path> unchecked = new HashSet<>();
    /** Graph nodes by template file and logical id, for the findings that concern them. */
    private final Map<String, List<Integer>> nodesByResource = new HashMap<>();
    private final List<Node> nodes;
    private int findingNumber;

    Page(Report report) {
      this.report = report;
      this.nodes = report.graph().map(GraphSvg::nodes).orElse(List.of());
      for (int i = 0; i < nodes.size(); i++) {
        Optional<Location> at = nodes.get(i).location();
        if (at.isPresent() && at.get().logicalId() != null) {
          nodesByResource.computeIfAbsent(resourceKey(at.get()), k -> new ArrayList<>()).add(i);
        }
      }
      List<Finding> all = new ArrayList<>(report.findings());
      report.suppressed().forEach(s -> all.add(s.finding()));
      for (Finding f : all) {
        rulesShown.putIfAbsent(f.ruleId(), f.rule());
        if (f.ruleId().equals(BuiltinRules.PARSE_ERROR.id()) || f.ruleId().equals(BuiltinRules.RULE_FAILURE.id())) {
          unchecked.add(f.file().absolutePath());
        }
        if (f.rule().secretInFindings()) {
          Set<Integer> lines = secretLines.computeIfAbsent(f.file().absolutePath(), p -> new HashSet<>());
          for (int l = f.range().startLine(); l <= Math.min(f.range().endLine(), f.range().startLine() + 1000); l++) lines.add(l);
        }
      }
      for (Finding f : report.findings()) fileIndex.putIfAbsent(f.file(), fileIndex.size());
    }

    private static String resourceKey(Location at) {
      return at.file().absolutePath() + "\n" + at.logicalId();
    }

    /**
     * The graph nodes a finding concerns: those defined at the resource it is reported on, or at a
     * resource of a related place (the {@code cdk.out} resource a finding on CDK source was found on).
     */
    private List<Integer> nodesOf(Finding f) {
      Set<Integer> on = new java.util.TreeSet<>();
      if (f.location().logicalId() != null) on.addAll(nodesByResource.getOrDefault(resourceKey(f.location()), List.of()));
      for (RelatedLocation r : f.related()) {
        if (r.location().logicalId() != null) on.addAll(nodesByResource.getOrDefault(resourceKey(r.location()), List.of()));
      }
      return List.copyOf(on);
    }

    String html() {
      head();
      html.append("<body>\n<header>\n<h1>lambdalint report</h1>\n");
      html.append("<p class=\"summary\">");
      text(Summary.of(report));
      html.append("</p>\n");
      html.append("<ul class=\"counts\" aria-label=\"Findings by severity\">\n");
      for (Severity s : Severity.values()) {
        long n = report.count(s);
        html.append("<li class=\"sev-").append(s.label()).append("\"><strong>").append(n).append("</strong> ")
            .append(s.label()).append(n == 1 ? "" : "s").append("</li>\n");
      }
      html.append("<li>").append(report.templateCount()).append(" template").append(report.templateCount() == 1 ? "" : "s")
          .append(" and ").append(report.javaFileCount()).append(" Java file").append(report.javaFileCount() == 1 ? "" : "s")
          .append(" read</li>\n");
      if (!report.suppressed().isEmpty()) {
        html.append("<li>").append(report.suppressed().size()).append(" suppressed</li>\n");
      }
      html.append("</ul>\n");
      if (!report.findings().isEmpty()) {
        html.append("<p class=\"meta\">");
        text(TextReporter.byRule(report));
        html.append("</p>\n");
      }
      html.append("<p class=\"meta\">lambdalint ");
      text(report.toolVersion());
      html.append("</p>\n</header>\n<main>\n");
      html.append("<noscript><p>Without JavaScript every finding is listed by file; the filters and the grouping by rule need it.</p></noscript>\n");
      report.graph().ifPresent(this::graph);
      findings();
      suppressed();
      ruleHelp();
      html.append("</main>\n<footer><p>Written by lambdalint ");
      text(report.toolVersion());
      html.append(". Paths are relative to the repository root.</p></footer>\n");
      html.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
      return html.toString();
    }

    private void head() {
      html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta name=\"generator\" content=\"lambdalint ");
      text(report.toolVersion());
      html.append("\">\n<title>lambdalint report: ");
      text(report.findings().isEmpty() ? "no findings" : Summary.plural(report.findings().size(), "finding"));
      html.append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n");
    }

    // ---- the graph

    private void graph(SystemGraph graph) {
      Map<Integer, GraphSvg.Badge> badges = new TreeMap<>();
      for (Finding f : report.findings()) {
        for (int node : nodesOf(f)) {
          GraphSvg.Badge old = badges.get(node);
          badges.put(node, old == null ? new GraphSvg.Badge(1, f.severity())
              : new GraphSvg.Badge(old.count() + 1, f.severity().atLeast(old.worst()) ? f.severity() : old.worst()));
        }
      }
      html.append("<section id=\"graph-section\" aria-labelledby=\"graph-title\">\n<h2 id=\"graph-title\">System graph</h2>\n");
      html.append("<p id=\"graph-desc\">").append(nodes.size()).append(" node").append(nodes.size() == 1 ? "" : "s")
          .append(" and ").append(graph.edges().size()).append(" edge").append(graph.edges().size() == 1 ? "" : "s")
          .append(", triggers on the left, functions in the middle, where failures go on the right.")
          .append(badges.isEmpty() ? "" : " A badge counts the findings on its resource: select it to list them.")
          .append("</p>\n");
      html.append("<ul class=\"legend\" aria-label=\"Edge styles\">\n");
      for (Map.Entry<EdgeKind, String> e : GraphSvg.legend().entrySet()) {
        String kind = e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        html.append("<li><svg width=\"46\" height=\"12\" aria-hidden=\"true\"><g class=\"edge e-").append(kind)
            .append("\"><path d=\"M2,6 L44,6\"/></g></svg>").append(e.getValue()).append("</li>\n");
      }
      html.append("<li><svg width=\"46\" height=\"12\" aria-hidden=\"true\"><g class=\"edge hl\"><path d=\"M2,6 L44,6\"/></g></svg>")
          .append("a synchronous chain or cycle (labelled \u201cchain\u201d)</li>\n</ul>\n");
      html.append("<div class=\"graph-scroll\">\n").append(GraphSvg.render(graph, badges)).append("</div>\n");
      html.append("<details class=\"graph-text\"><summary>The graph as text</summary>\n<ul>\n");
      Map<String, Node> byId = new HashMap<>();
      nodes.forEach(n -> byId.put(n.id(), n));
      for (Edge e : GraphSvg.edges(graph)) {
        html.append("<li>");
        text(byId.get(e.from()).label() + " \u2192 " + byId.get(e.to()).label() + ": " + GraphSvg.describe(e.kind())
            + (e.label().isEmpty() ? "" : " (" + e.label() + ")") + (e.highlighted() ? ", part of a synchronous chain or cycle" : ""));
        html.append("</li>\n");
      }
      html.append("</ul>\n</details>\n</section>\n");
    }

    // ---- findings

    private void findings() {
      html.append("<section id=\"findings\" aria-labelledby=\"findings-title\">\n<h2 id=\"findings-title\">Findings</h2>\n");
      if (report.findings().isEmpty()) {
        html.append("<p>No findings.</p>\n");
      }
      Map<Severity, Integer> bySeverity = new TreeMap<>();
      Map<String, Integer> byRule = new TreeMap<>();
      for (Finding f : report.findings()) {
        bySeverity.merge(f.severity(), 1, Integer::sum);
        byRule.merge(f.ruleId(), 1, Integer::sum);
      }
      html.append("<form id=\"filters\" class=\"filters\" aria-label=\"Filter the findings\">\n");
      html.append("<fieldset><legend>Severity</legend>\n");
      for (Severity s : Severity.values()) {
        String id = "filter-sev-" + s.label();
        html.append("<label for=\"").append(id).append("\"><input type=\"checkbox\" id=\"").append(id)
            .append("\" name=\"sev\" value=\"").append(s.label()).append("\" checked> ").append(s.label())
            .append(" <span class=\"count\" data-count-sev=\"").append(s.label()).append("\">")
            .append(bySeverity.getOrDefault(s, 0)).append("</span></label>\n");
      }
      html.append("</fieldset>\n<fieldset class=\"rules\"><legend>Rule</legend>\n");
      for (Map.Entry<String, Integer> e : byRule.entrySet()) {
        RuleMeta r = rulesShown.get(e.getKey());
        String id = "filter-rule-" + r.id();
        html.append("<label for=\"").append(id).append("\" title=\"");
        text(r.summary());
        html.append("\"><input type=\"checkbox\" id=\"").append(id).append("\" name=\"rule\" value=\"").append(r.id())
            .append("\" checked> ").append(r.id()).append(' ').append(r.name())
            .append(" <span class=\"count\" data-count-rule=\"").append(r.id()).append("\">").append(e.getValue())
            .append("</span></label>\n");
      }
      html.append("</fieldset>\n<fieldset><legend>Group by</legend>\n")
          .append("<label for=\"group-file\"><input type=\"radio\" id=\"group-file\" name=\"group\" value=\"file\" checked> file</label>\n")
          .append("<label for=\"group-rule\"><input type=\"radio\" id=\"group-rule\" name=\"group\" value=\"rule\"> rule</label>\n")
          .append("</fieldset>\n")
          .append("<p id=\"node-filter\" hidden>Only the findings on <strong id=\"node-filter-name\"></strong> are listed. ")
          .append("<button type=\"button\" id=\"node-filter-clear\">List every finding</button></p>\n")
          .append("</form>\n");
      int total = report.findings().size();
      html.append("<p id=\"shown\" role=\"status\" aria-live=\"polite\" tabindex=\"-1\">").append(total).append(" of ")
          .append(total).append(" finding").append(total == 1 ? "" : "s").append(" shown.</p>\n");

      html.append("<div id=\"findings-list\">\n<div id=\"by-file\">\n");
      Map<SourceFile, List<Finding>> byFile = new LinkedHashMap<>();
      for (Finding f : report.findings()) byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
      for (Map.Entry<SourceFile, List<Finding>> e : byFile.entrySet()) {
        html.append("<section class=\"group\">\n<h3>");
        text(e.getKey().path());
        html.append(" <span class=\"gcount-wrap\">(<span class=\"gcount\">").append(e.getValue().size())
            .append("</span>)</span></h3>\n<div class=\"items\" data-file=\"").append(fileIndex.get(e.getKey())).append("\">\n");
        for (Finding f : e.getValue()) finding(f, null);
        html.append("</div>\n</section>\n");
      }
      html.append("</div>\n<div id=\"by-rule\" hidden>\n");
      for (Map.Entry<String, Integer> e : byRule.entrySet()) {
        RuleMeta r = rulesShown.get(e.getKey());
        html.append("<section class=\"group\">\n<h3>").append(r.id()).append(' ').append(r.name())
            .append(" <span class=\"gcount-wrap\">(<span class=\"gcount\">").append(e.getValue()).append("</span>)</span></h3>\n")
            .append("<p class=\"rule-summary\">");
        text(r.summary());
        html.append(". <a href=\"#rule-").append(r.id()).append("\">Rule help</a></p>\n<div class=\"items\" data-rule=\"")
            .append(r.id()).append("\"></div>\n</section>\n");
      }
      html.append("</div>\n</div>\n</section>\n");
    }

    private void suppressed() {
      if (report.suppressed().isEmpty()) return;
      html.append("<section id=\"suppressed\" aria-labelledby=\"suppressed-title\">\n<h2 id=\"suppressed-title\">Suppressed findings</h2>\n");
      html.append("<details class=\"suppressed\"><summary>");
      text(report.suppressed().size() + " suppressed finding" + (report.suppressed().size() == 1 ? "" : "s")
          + Summary.suppressed(report).replaceFirst("^ \\d+ suppressed", "").replaceFirst("\\.$", "")
          + ": they do not count");
      html.append("</summary>\n");
      for (Suppressed s : report.suppressed()) finding(s.finding(), s);
      html.append("</details>\n</section>\n");
    }

    private void finding(Finding f, Suppressed suppressed) {
      String severity = f.severity().label();
      html.append("<article class=\"").append(suppressed == null ? "finding" : "suppressed-finding").append(" sev-")
          .append(severity).append('"');
      if (suppressed == null) {
        findingNumber++;
        html.append(" id=\"f").append(findingNumber).append("\" data-sev=\"").append(severity).append("\" data-rule=\"")
            .append(f.ruleId()).append("\" data-file=\"").append(fileIndex.get(f.file())).append('"');
        List<Integer> on = nodesOf(f);
        if (!on.isEmpty()) {
          html.append(" data-nodes=\"");
          for (int k = 0; k < on.size(); k++) html.append(k == 0 ? "" : " ").append(on.get(k));
          html.append('"');
        }
      }
      html.append(">\n<h4><span class=\"sev\">").append(severity).append("</span> <a class=\"rule\" href=\"#rule-")
          .append(f.ruleId()).append("\" title=\"");
      text(f.rule().summary());
      html.append("\">").append(f.ruleId()).append(' ').append(f.rule().name()).append("</a> <span class=\"loc\">");
      text(f.file().path() + ":" + f.range().startLine() + ":" + f.range().startColumn());
      html.append("</span>");
      if (f.location().logicalId() != null) {
        html.append(" <span class=\"lid\">[");
        text(f.location().logicalId());
        html.append("]</span>");
      }
      html.append("</h4>\n<p class=\"msg\">");
      text(f.message());
      html.append("</p>\n");
      if (!f.related().isEmpty()) {
        html.append("<ul class=\"related\" aria-label=\"Related places\">\n");
        for (RelatedLocation r : f.related()) {
          html.append("<li><span class=\"loc\">");
          text(r.location().file().path() + ":" + r.location().range().startLine() + ":" + r.location().range().startColumn());
          html.append("</span>");
          if (r.location().logicalId() != null) {
            html.append(" <span class=\"lid\">[");
            text(r.location().logicalId());
            html.append("]</span>");
          }
          html.append(": ");
          text(r.message());
          html.append("</li>\n");
        }
        html.append("</ul>\n");
      }
      if (suppressed != null) {
        html.append("<p class=\"why\">");
        text((suppressed.kind() == Suppressed.Kind.EXTERNAL ? "Baselined" : "Suppressed in source")
            + (suppressed.justification().isEmpty() ? "" : ": " + suppressed.justification()));
        html.append("</p>\n");
      }
      source(f);
      html.append("</article>\n");
    }

    /** The finding's lines with {@link #CONTEXT} lines either side, its range marked. */
    private void source(Finding f) {
      if (f.rule().secretInFindings()) {
        html.append("<p class=\"nosrc\">The source is not shown: this line holds a secret.</p>\n");
        return;
      }
      if (unchecked.contains(f.file().absolutePath())) {
        html.append("<p class=\"nosrc\">The source is not shown: this file could not be fully analysed, so a secret in it")
            .append(" would not be marked.</p>\n");
        return;
      }
      Optional<List<String>> read = sources.of(f.file());
      TextRange range = f.range();
      if (read.isEmpty() || range.startLine() > read.get().size()) {
        html.append("<p class=\"nosrc\">The source is not shown (the file is not text, larger than ")
            .append(SourceLines.MAX_BYTES / (1024 * 1024)).append(" MiB, or no longer readable).</p>\n");
        return;
      }
      List<String> lines = read.get();
      int lastMarked = Math.min(Math.min(range.endLine(), lines.size()), range.startLine() + MAX_MARKED_LINES - 1);
      int from = Math.max(1, range.startLine() - CONTEXT);
      int to = Math.min(lines.size(), lastMarked + CONTEXT);
      Set<Integer> hidden = secretLines.getOrDefault(f.file().absolutePath(), Set.of());
      html.append("<pre class=\"src\" aria-label=\"Source lines ").append(from).append(" to ").append(to).append("\"><code>");
      for (int n = from; n <= to; n++) {
        boolean hit = n >= range.startLine() && n <= lastMarked;
        html.append("<span class=\"line").append(hit ? " hit" : "").append("\"><span class=\"ln\">").append(n)
            .append("</span><span class=\"mk\">").append(hit ? "&gt;" : " ").append("</span>");
        if (hidden.contains(n)) {
          html.append("<span class=\"redacted\">(line hidden: it holds a secret)</span>");
        } else if (hit) {
          int startColumn = n == range.startLine() ? range.startColumn() : 1;
          int endColumn = n == range.endLine() ? range.endColumn() : Integer.MAX_VALUE;
          marked(lines.get(n - 1), startColumn, endColumn);
        } else {
          text(lines.get(n - 1));
        }
        html.append("</span>");
      }
      html.append("</code></pre>\n");
      if (range.endLine() > lastMarked && lastMarked < lines.size()) {
        html.append("<p class=\"nosrc\">The finding goes on to line ").append(range.endLine()).append(".</p>\n");
      }
    }

    /** {@code line} with code points {@code [startColumn, endColumn)} (1-based) in {@code <mark>}. */
    private void marked(String line, int startColumn, int endColumn) {
      int length = line.codePointCount(0, line.length());
      int a = Math.max(1, Math.min(startColumn, length + 1));
      int b = Math.max(a, Math.min(endColumn, length + 1));
      if (a == b) {
        text(line);
        return;
      }
      int i = line.offsetByCodePoints(0, a - 1);
      int j = line.offsetByCodePoints(0, b - 1);
      text(line.substring(0, i));
      html.append("<mark>");
      text(line.substring(i, j));
      html.append("</mark>");
      text(line.substring(j));
    }

    // ---- rule help

    private void ruleHelp() {
      if (rulesShown.isEmpty()) return;
      html.append("<section id=\"rules\" aria-labelledby=\"rules-title\">\n<h2 id=\"rules-title\">Rules</h2>\n");
      html.append("<p>What each rule with a finding here looks for, why it matters and how to fix it (as <code>lambdalint explain</code> shows it).</p>\n");
      for (RuleMeta r : rulesShown.values()) {
        html.append("<details class=\"rule-help\" id=\"rule-").append(r.id()).append("\">\n<summary>").append(r.id())
            .append(' ').append(r.name()).append(": ");
        text(r.summary());
        html.append("</summary>\n<p class=\"meta\">");
        StringBuilder facts = new StringBuilder("Default severity: " + r.severity().label() + ". Category: "
            + r.category().title() + ". Precision: " + r.precision().sarifValue() + ".");
        if (r.isSecurityRule()) facts.append(" Security severity: ").append(r.securitySeverity()).append('.');
        if (!r.tags().isEmpty()) facts.append(" Tags: ").append(String.join(", ", r.tags())).append('.');
        text(facts.toString());
        html.append("</p>\n");
        String docs = r.docs().strip();
        html.append(docs.isEmpty() ? "<p>" + HtmlText.escape(r.summary()) + ".</p>\n"
            : MarkdownHtml.render(docs, 3, r.id() + " " + r.name()));
        if (!r.options().isEmpty()) html.append(MarkdownHtml.render(RuleReference.options(r), 4, null));
        html.append("</details>\n");
      }
      html.append("</section>\n");
    }

    private void text(String value) {
      HtmlText.append(html, value);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReporter.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      // CRLF from a Windows checkout would change the hash and the bytes: normalise.
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code sha256-<base64>}: the CSP source that allows exactly this inline text. */
  static String sha256(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
