package dev.lambdalint.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.core.graph.SystemGraph.Edge;
import dev.lambdalint.core.graph.SystemGraph.EdgeKind;
import dev.lambdalint.core.graph.SystemGraph.Node;
import dev.lambdalint.core.graph.SystemGraph.NodeKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The three formats of {@link GraphWriter}: what each writes for a graph, and how it escapes the user's names. */
class GraphWriterTest {

  private static Node node(String id, NodeKind kind, String label, String template, String... details) {
    return new Node(id, kind, label, List.of(details), Optional.empty(), template);
  }

  /** Two templates; a name with every character the formats must escape; a highlighted chain and a missing path. */
  private static SystemGraph sample() {
    String a = "a/template.yaml";
    String b = "b dir/template.json";
    return new SystemGraph(List.of(
        node(a + "#Api", NodeKind.API, "ServerlessRestApi", a, "created by SAM"),
        node(a + "#end", NodeKind.FUNCTION, "end", a, "java21", "128 MB (default)", "3 s (default)"),
        node(a + "#Odd", NodeKind.FUNCTION, "Odd \"quoted\" [x] #1 <b> & | `tick` é→ü", a),
        node(a + "#Queue", NodeKind.QUEUE, "Queue", a, "AWS::SQS::Queue"),
        node(a + "#Queue!no-dead-letter-queue", NodeKind.MISSING_FAILURE_TARGET, "no dead-letter queue", a),
        node(b + "#Callee", NodeKind.FUNCTION, "Callee", b, "java21")),
        List.of(
            new Edge(a + "#Api", a + "#end", EdgeKind.SYNC_TRIGGER, "Get", false),
            new Edge(a + "#Queue", a + "#Odd", EdgeKind.POLL, "", false),
            new Edge(a + "#Queue", a + "#Queue!no-dead-letter-queue", EdgeKind.MISSING_FAILURE, "poison messages", false),
            new Edge(a + "#end", a + "#Odd", EdgeKind.CODE_SYNC_INVOKE, "", true),
            new Edge(a + "#Odd", b + "#Callee", EdgeKind.CODE_SYNC_INVOKE, "", true)));
  }

  @Test
  void mermaidDrawsAFlowchartWithASubgraphPerTemplateShapesByKindAndStyledEdges() {
    String text = GraphWriter.mermaid(sample());
    assertThat(text).startsWith("flowchart LR\n")
        .contains("  subgraph t0[\"a/template.yaml\"]\n", "  subgraph t1[\"b dir/template.json\"]\n")
        // ids: template index and the logical id, sanitised; `end`, a Mermaid keyword, never stands alone
        .contains("    t0_end(\"end<br/>java21 · 128 MB (default) · 3 s (default)\")\n")
        .contains("    t0_Api[/\"ServerlessRestApi<br/>created by SAM\"/]\n")
        .contains("    t0_Queue[[\"Queue<br/>AWS::SQS::Queue\"]]\n")
        .contains("    t0_Queue_no_dead_letter_queue[\"no dead-letter queue\"]\n")
        // labels: quotes, #, angle brackets, &, | and backquotes as entity codes; unicode and brackets as they are
        .contains("t0_Odd(\"Odd #quot;quoted#quot; [x] #35;1 #lt;b#gt; #amp; #124; #96;tick#96; é→ü\")")
        .contains("  t0_Api ==>|\"Get · sync\"| t0_end\n")
        .contains("  t0_Queue -->|\"poll\"| t0_Odd\n")
        .contains("  t0_Queue -.->|\"poison messages\"| t0_Queue_no_dead_letter_queue\n")
        .contains("  t0_Odd ==>|\"code: sync invoke\"| t1_Callee\n")
        .contains("  class t0_Queue_no_dead_letter_queue missing\n")
        // edges in graph order: 2 is the missing path, 3 and 4 the highlighted chain
        .contains("  linkStyle 2 stroke:#d00000,color:#a00000\n")
        .contains("  linkStyle 3,4 stroke:#d00000,stroke-width:3px\n");
  }

  @Test
  void mermaidIdsStayUniqueWhenSanitisingMakesTwoAlike() {
    SystemGraph g = new SystemGraph(List.of(node("t#a.b", NodeKind.OTHER, "a.b", "t"), node("t#a_b", NodeKind.OTHER, "a_b", "t"),
        node("t#a-b", NodeKind.OTHER, "a-b", "t")), List.of());
    assertThat(GraphWriter.mermaidIds(g).values()).containsExactly("t0_a_b", "t0_a_b_2", "t0_a_b_3");
  }

  @Test
  void mermaidPerTemplateIsMarkdownWithOneBlockPerTemplateHoldingTheCrossTemplateEdge() {
    String text = GraphWriter.write(sample(), GraphWriter.Format.MERMAID, GraphWriter.Scope.TEMPLATE);
    assertThat(text).startsWith("## a/template.yaml\n\n```mermaid\nflowchart LR\n");
    assertThat(text.split("```mermaid\n", -1)).hasSize(3);
    String second = text.substring(text.indexOf("## b dir/template.json"));
    // b's graph: its function and the edge from a's function that invokes it, with that function drawn too
    assertThat(second).contains("t1_Callee(\"Callee<br/>java21\")", "t0_Odd ==>|\"code: sync invoke\"| t1_Callee")
        .doesNotContain("t0_Queue");
  }

  @Test
  void dotWritesADigraphWithAClusterPerTemplateAndEscapesQuotesAndBackslashes() {
    String text = GraphWriter.dot(sample(), "lambdalint");
    assertThat(text).startsWith("digraph \"lambdalint\" {\n  rankdir=LR;\n")
        .contains("  subgraph \"cluster_0\" {\n    label=\"a/template.yaml\";\n")
        .contains("  subgraph \"cluster_1\" {\n    label=\"b dir/template.json\";\n")
        .contains("\"a/template.yaml#Odd\" [label=\"Odd \\\"quoted\\\" [x] #1 <b> & | `tick` é→ü\", shape=box, style=rounded];")
        .contains("\"a/template.yaml#end\" [label=\"end\\njava21 · 128 MB (default) · 3 s (default)\"")
        .contains("\"a/template.yaml#Odd\" -> \"b dir/template.json#Callee\" [label=\"code: sync invoke\", style=bold,"
            + " color=\"#d00000\", penwidth=3];")
        .contains("-> \"a/template.yaml#Queue!no-dead-letter-queue\" [label=\"poison messages\", style=dashed, color=\"#d00000\"")
        .endsWith("}\n");
    assertThat(GraphWriter.dotString("a\\b\"c\nd\u0007")).isEqualTo("\"a\\\\b\\\"c\\nd \"");
  }

  @Test
  void jsonHoldsEveryNodeAndEdgeWithTheirFields() throws Exception {
    JsonNode json = new ObjectMapper().readTree(GraphWriter.json(sample(), GraphWriter.Scope.REPOSITORY));
    assertThat(json.get("scope").asText()).isEqualTo("repository");
    JsonNode graph = json.get("graphs").get(0);
    assertThat(graph.get("template").isNull()).isTrue();
    assertThat(graph.get("nodes")).hasSize(6);
    JsonNode odd = graph.get("nodes").get(2);
    assertThat(odd.get("id").asText()).isEqualTo("a/template.yaml#Odd");
    assertThat(odd.get("label").asText()).isEqualTo("Odd \"quoted\" [x] #1 <b> & | `tick` é→ü");
    assertThat(odd.get("kind").asText()).isEqualTo("FUNCTION");
    assertThat(odd.get("location").isNull()).isTrue();
    JsonNode chain = graph.get("edges").get(4);
    assertThat(chain.get("from").asText()).isEqualTo("a/template.yaml#Odd");
    assertThat(chain.get("kind").asText()).isEqualTo("CODE_SYNC_INVOKE");
    assertThat(chain.get("highlighted").asBoolean()).isTrue();
    JsonNode perTemplate = new ObjectMapper().readTree(GraphWriter.json(sample(), GraphWriter.Scope.TEMPLATE));
    assertThat(perTemplate.get("graphs")).hasSize(2);
    assertThat(perTemplate.get("graphs").get(1).get("template").asText()).isEqualTo("b dir/template.json");
    assertThat(GraphWriter.jsonString("a\"b\\c\n\u0001\u2028")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\\u2028\"");
  }

  @Test
  void anEmptyGraphIsStillADrawing() throws Exception {
    SystemGraph empty = new SystemGraph(List.of(), List.of());
    assertThat(GraphWriter.mermaid(empty)).startsWith("flowchart LR\n").doesNotContain("subgraph", "class ", "linkStyle");
    assertThat(GraphWriter.dot(empty, "x")).isEqualTo("digraph \"x\" {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n"
        + "  edge [fontname=\"Helvetica\", fontsize=9];\n}\n");
    JsonNode json = new ObjectMapper().readTree(GraphWriter.json(empty, GraphWriter.Scope.REPOSITORY));
    assertThat(json.get("graphs").get(0).get("nodes")).isEmpty();
  }
}
