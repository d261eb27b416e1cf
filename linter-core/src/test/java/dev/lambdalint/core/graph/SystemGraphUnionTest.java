package dev.lambdalint.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.graph.SystemGraph.Edge;
import dev.lambdalint.core.graph.SystemGraph.EdgeKind;
import dev.lambdalint.core.graph.SystemGraph.Node;
import dev.lambdalint.core.graph.SystemGraph.NodeKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two modules' graphs written to one report: every node and edge once, sorted, whichever came first. */
class SystemGraphUnionTest {
  private static Node node(String id) {
    return new Node(id, NodeKind.FUNCTION, id.substring(id.indexOf('#') + 1), List.of(), Optional.empty(), id.substring(0, id.indexOf('#')));
  }

  @Test
  void keepsEveryNodeAndEdgeOnceInGraphOrder() {
    Edge shared = new Edge("a/template.yaml#Q", "a/template.yaml#F", EdgeKind.POLL, "", false);
    SystemGraph first = new SystemGraph(List.of(node("a/template.yaml#F"), node("a/template.yaml#Q")), List.of(shared));
    SystemGraph second = new SystemGraph(List.of(node("a/template.yaml#Q"), node("b/template.yaml#G")),
        List.of(new Edge("a/template.yaml#F", "b/template.yaml#G", EdgeKind.CODE_SYNC_INVOKE, "sync", true), shared));

    SystemGraph union = first.union(second);

    assertThat(union.nodes()).extracting(Node::id)
        .containsExactly("a/template.yaml#F", "a/template.yaml#Q", "b/template.yaml#G");
    assertThat(union.edges()).extracting(Edge::from)
        .containsExactly("a/template.yaml#F", "a/template.yaml#Q");
    assertThat(second.union(first)).isEqualTo(union);
  }
}
