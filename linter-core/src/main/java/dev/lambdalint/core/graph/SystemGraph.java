package dev.lambdalint.core.graph;

import dev.lambdalint.core.model.Location;
import java.util.List;
import java.util.Optional;

/**
 * A serverless system as a graph: functions, what triggers them and where their failures go, and
 * which function's code invokes which function. Nodes and edges are sorted (nodes by id, edges by
 * source, target, kind), so the same input draws the same bytes.
 *
 * @param nodes every node, sorted by id
 * @param edges every edge, sorted
 */
public record SystemGraph(List<Node> nodes, List<Edge> edges) {

  public SystemGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** What a node stands for. */
  public enum NodeKind {
    FUNCTION,
    API,
    QUEUE,
    TOPIC,
    STREAM,
    TABLE_STREAM,
    BUCKET,
    EVENT_RULE,
    SCHEDULE,
    FUNCTION_URL,
    /** A dead-letter queue or on-failure destination that is not a queue or topic of the template. */
    FAILURE_TARGET,
    /** A trigger of another kind (Cognito, IoT, MQ, Kafka…): labelled with its type. */
    OTHER,
    /**
     * A marker, not a resource: where a failure path should lead and none does (the target of a
     * {@link EdgeKind#MISSING_FAILURE} edge; one per missing path, labelled with what is missing).
     */
    MISSING_FAILURE_TARGET
  }

  /** How an edge connects its ends. */
  public enum EdgeKind {
    /** A trigger that invokes the function and waits for it (API, URL). */
    SYNC_TRIGGER,
    /** A trigger that invokes the function and does not wait (SNS, S3, EventBridge, schedule). */
    ASYNC_TRIGGER,
    /** An event source mapping polling a queue or stream. */
    POLL,
    /** A function's code invoking another function and waiting (LL102's chains). */
    CODE_SYNC_INVOKE,
    /** A function's code invoking another function asynchronously. */
    CODE_ASYNC_INVOKE,
    /** Where failures go: queue to its dead-letter queue, function or mapping to its on-failure destination. */
    FAILURE,
    /** A failure path that should exist and does not (a queue, subscription or async function with none): drawn to a marker node. */
    MISSING_FAILURE,
    /**
     * A trigger whose way of invoking the function the template does not tell (an IoT permission,
     * a Step Functions state machine with an asynchronous task somewhere): neither sync nor async is claimed.
     */
    TRIGGER
  }

  /** The node with this id, if any. */
  public Optional<Node> node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  /** The display paths of the templates the nodes belong to, sorted. */
  public List<String> templates() {
    return nodes.stream().map(Node::template).distinct().sorted().toList();
  }

  /**
   * This graph and {@code other} together (the modules of one Maven build, written to one report):
   * every node once (this graph's when both have an id), every edge once, sorted as a graph is.
   */
  public SystemGraph union(SystemGraph other) {
    java.util.Map<String, Node> byId = new java.util.TreeMap<>();
    for (Node n : nodes) byId.putIfAbsent(n.id(), n);
    for (Node n : other.nodes) byId.putIfAbsent(n.id(), n);
    java.util.Set<Edge> all = new java.util.LinkedHashSet<>(edges);
    all.addAll(other.edges);
    List<Edge> sorted = new java.util.ArrayList<>(all);
    sorted.sort(SystemGraphBuilder.EDGE_ORDER);
    return new SystemGraph(List.copyOf(byId.values()), sorted);
  }

  /**
   * The graph of one template: its nodes and every edge that starts or ends at one of them, with
   * the other end of such an edge (a function of another template a function's code invokes).
   */
  public SystemGraph forTemplate(String template) {
    java.util.Set<String> own = new java.util.HashSet<>();
    for (Node n : nodes) if (n.template().equals(template)) own.add(n.id());
    List<Edge> kept = edges.stream().filter(e -> own.contains(e.from()) || own.contains(e.to())).toList();
    java.util.Set<String> ends = new java.util.HashSet<>(own);
    for (Edge e : kept) {
      ends.add(e.from());
      ends.add(e.to());
    }
    return new SystemGraph(nodes.stream().filter(n -> ends.contains(n.id())).toList(), kept);
  }

  /**
   * One node.
   *
   * @param id stable and unique in the graph: the template path and logical id ({@code order-service/template.yaml#OrderQueue})
   * @param kind what it stands for
   * @param label what a drawing shows first (the logical id)
   * @param details further lines a drawing may show ({@code java21}, {@code 512 MB}, {@code 30 s})
   * @param location where it is defined, when it is defined in a scanned file
   * @param template the display path of its template, for drawing one graph per template
   */
  public record Node(String id, NodeKind kind, String label, List<String> details, Optional<Location> location, String template) {
    public Node {
      details = List.copyOf(details);
    }
  }

  /**
   * One edge.
   *
   * @param from the id of its source node
   * @param to the id of its target node
   * @param kind how it connects them
   * @param label what a drawing writes on it (the event's name, {@code sync}), may be ""
   * @param highlighted part of a synchronous chain of functions or a cycle (LL102), drawn to stand out
   */
  public record Edge(String from, String to, EdgeKind kind, String label, boolean highlighted) {}
}
