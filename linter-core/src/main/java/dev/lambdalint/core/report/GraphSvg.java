package dev.lambdalint.core.report;

import dev.lambdalint.core.graph.SystemGraph;
import dev.lambdalint.core.graph.SystemGraph.Edge;
import dev.lambdalint.core.graph.SystemGraph.EdgeKind;
import dev.lambdalint.core.graph.SystemGraph.Node;
import dev.lambdalint.core.graph.SystemGraph.NodeKind;
import dev.lambdalint.core.model.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The system's graph as an SVG the report lays out itself, left to right in layers: what triggers
 * functions first, then the functions (a function invoked by another's code one layer further),
 * then where failures go. A node's layer is the longest path to it from a node nothing points at,
 * once the edges that close a cycle are set aside (found by a depth-first walk in id order); within
 * a layer, nodes are ordered by the mean position of their neighbours, a few sweeps each way, ties
 * by id. No randomness and no floating-point input other than the graph: the same graph draws the
 * same bytes.
 */
final class GraphSvg {
  static final int NODE_WIDTH = 210;
  static final int NODE_HEIGHT = 58;
  private static final int COLUMN_GAP = 150;
  private static final int ROW_GAP = 22;
  private static final int MARGIN = 24;
  private static final int LABEL_CHARS = 27;
  private static final int DETAIL_CHARS = 32;

  /** Findings on one node: how many, the most severe. */
  record Badge(int count, Severity worst) {}

  private record Placed(Node node, int index, int layer, int x, int y) {}

  private GraphSvg() {}

  /** Every node of {@code graph}, and a marker node for an edge end the graph does not define, sorted by id. */
  static List<Node> nodes(SystemGraph graph) {
    Map<String, Node> byId = new TreeMap<>();
    graph.nodes().forEach(n -> byId.put(n.id(), n));
    for (Edge e : graph.edges()) {
      for (String end : List.of(e.from(), e.to())) {
        byId.computeIfAbsent(end, id -> new Node(id, NodeKind.FAILURE_TARGET,
            e.kind() == EdgeKind.MISSING_FAILURE ? "no failure destination" : id, List.of(), Optional.empty(), ""));
      }
    }
    return new ArrayList<>(byId.values());
  }

  /** Every edge of {@code graph}, sorted by source, target, kind, label and highlighting, whatever order it was given in. */
  static List<Edge> edges(SystemGraph graph) {
    List<Edge> edges = new ArrayList<>(graph.edges());
    edges.sort(Comparator.comparing(Edge::from).thenComparing(Edge::to).thenComparing(Edge::kind).thenComparing(Edge::label)
        .thenComparing(Edge::highlighted));
    return edges;
  }

  /** The graph as an {@code <svg>} element; {@code badges} by node index in {@link #nodes}. */
  static String render(SystemGraph graph, Map<Integer, Badge> badges) {
    List<Node> nodes = nodes(graph);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) index.put(nodes.get(i).id(), i);
    List<Edge> edges = edges(graph);
    int n = nodes.size();
    List<List<Integer>> out = new ArrayList<>();
    List<List<Integer>> in = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
      in.add(new ArrayList<>());
    }
    boolean[] back = backEdges(edges, index, n);
    for (int k = 0; k < edges.size(); k++) {
      int a = index.get(edges.get(k).from());
      int b = index.get(edges.get(k).to());
      if (back[k] || a == b) continue;
      out.get(a).add(b);
      in.get(b).add(a);
    }
    int[] layer = layers(n, out, in);
    List<List<Integer>> layers = order(nodes, layer, out, in);

    // Coordinates: columns left to right, each column centred on the tallest.
    int tallest = 0;
    for (List<Integer> column : layers) tallest = Math.max(tallest, column.size() * (NODE_HEIGHT + ROW_GAP) - ROW_GAP);
    Placed[] placed = new Placed[n];
    for (int l = 0; l < layers.size(); l++) {
      List<Integer> column = layers.get(l);
      int height = column.size() * (NODE_HEIGHT + ROW_GAP) - ROW_GAP;
      int y = MARGIN + 14 + (tallest - height) / 2;
      int x = MARGIN + l * (NODE_WIDTH + COLUMN_GAP);
      for (int i : column) {
        placed[i] = new Placed(nodes.get(i), i, l, x, y);
        y += NODE_HEIGHT + ROW_GAP;
      }
    }
    boolean anyBackward = false;
    for (Edge e : edges) anyBackward |= placed[index.get(e.to())].layer() <= placed[index.get(e.from())].layer();
    int width = MARGIN * 2 + Math.max(1, layers.size()) * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP;
    int bottom = MARGIN + 14 + tallest;
    int height = bottom + MARGIN + (anyBackward ? 60 : 0);

    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"group\" aria-labelledby=\"graph-title\" aria-describedby=\"graph-desc\">\n");
    svg.append("<title id=\"graph-svg-title\">System graph</title>\n");
    svg.append("<defs>")
        .append("<marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"11\" markerHeight=\"11\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead\"/></marker>")
        .append("<marker id=\"arrow-failure\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"11\" markerHeight=\"11\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead failure\"/></marker>")
        .append("</defs>\n");

    svg.append("<g class=\"edges\">\n");
    for (Edge e : edges) {
      Placed a = placed[index.get(e.from())];
      Placed b = placed[index.get(e.to())];
      edge(svg, e, a, b, bottom);
    }
    svg.append("</g>\n<g class=\"nodes\">\n");
    for (Placed p : placed) node(svg, p, Optional.ofNullable(badges.get(p.index())));
    svg.append("</g>\n</svg>\n");
    return svg.toString();
  }

  /** Marks the edges that close a cycle: a depth-first walk in id order, edges in their sorted order. */
  private static boolean[] backEdges(List<Edge> edges, Map<String, Integer> index, int n) {
    List<List<Integer>> outgoing = new ArrayList<>();
    for (int i = 0; i < n; i++) outgoing.add(new ArrayList<>());
    for (int k = 0; k < edges.size(); k++) outgoing.get(index.get(edges.get(k).from())).add(k);
    boolean[] back = new boolean[edges.size()];
    int[] state = new int[n]; // 0 unseen, 1 on the path, 2 done
    for (int start = 0; start < n; start++) {
      if (state[start] != 0) continue;
      // An explicit stack: a chain of thousands of functions must not overflow the Java stack.
      Deque<int[]> stack = new ArrayDeque<>();
      stack.push(new int[] {start, 0});
      state[start] = 1;
      while (!stack.isEmpty()) {
        int[] top = stack.peek();
        List<Integer> next = outgoing.get(top[0]);
        if (top[1] == next.size()) {
          state[top[0]] = 2;
          stack.pop();
          continue;
        }
        int k = next.get(top[1]++);
        int to = index.get(edges.get(k).to());
        if (state[to] == 1) {
          back[k] = true;
        } else if (state[to] == 0) {
          state[to] = 1;
          stack.push(new int[] {to, 0});
        }
      }
    }
    return back;
  }

  /** The longest path to each node from a node with no incoming edge (the graph is acyclic here). */
  private static int[] layers(int n, List<List<Integer>> out, List<List<Integer>> in) {
    int[] layer = new int[n];
    int[] waiting = new int[n];
    Deque<Integer> ready = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      waiting[i] = in.get(i).size();
      if (waiting[i] == 0) ready.add(i);
    }
    while (!ready.isEmpty()) {
      int i = ready.poll();
      for (int j : out.get(i)) {
        layer[j] = Math.max(layer[j], layer[i] + 1);
        if (--waiting[j] == 0) ready.add(j);
      }
    }
    return layer;
  }

  /** Each layer's nodes, ordered by the barycentre of their neighbours over a few sweeps. */
  private static List<List<Integer>> order(List<Node> nodes, int[] layer, List<List<Integer>> out, List<List<Integer>> in) {
    int count = 0;
    for (int l : layer) count = Math.max(count, l + 1);
    List<List<Integer>> layers = new ArrayList<>();
    for (int l = 0; l < count; l++) layers.add(new ArrayList<>());
    for (int i = 0; i < nodes.size(); i++) layers.get(layer[i]).add(i);
    double[] position = new double[nodes.size()];
    for (List<Integer> column : layers) {
      column.sort(Comparator.comparing((Integer i) -> nodes.get(i).kind().ordinal()).thenComparing(i -> i));
      for (int k = 0; k < column.size(); k++) position[column.get(k)] = k;
    }
    for (int sweep = 0; sweep < 8; sweep++) {
      boolean down = sweep % 2 == 0;
      for (int s = 0; s < count; s++) {
        List<Integer> column = layers.get(down ? s : count - 1 - s);
        Map<Integer, Double> key = new HashMap<>();
        for (int i : column) {
          List<Integer> neighbours = down ? in.get(i) : out.get(i);
          if (neighbours.isEmpty()) {
            key.put(i, position[i]);
          } else {
            double sum = 0;
            for (int j : neighbours) sum += position[j];
            key.put(i, sum / neighbours.size());
          }
        }
        column.sort(Comparator.comparing((Integer i) -> key.get(i)).thenComparing(i -> position[i]).thenComparing(i -> i));
        for (int k = 0; k < column.size(); k++) position[column.get(k)] = k;
      }
    }
    return layers;
  }

  private static void edge(StringBuilder svg, Edge e, Placed a, Placed b, int bottom) {
    String kind = e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    boolean failure = e.kind() == EdgeKind.FAILURE || e.kind() == EdgeKind.MISSING_FAILURE;
    int x1 = a.x() + NODE_WIDTH;
    int y1 = a.y() + NODE_HEIGHT / 2;
    int x2 = b.x();
    int y2 = b.y() + NODE_HEIGHT / 2;
    String d;
    double lx;
    double ly;
    if (a == b) {
      // A function invoking itself: a loop over its right edge.
      d = "M" + x1 + "," + (y1 - 10) + " C" + (x1 + 50) + "," + (y1 - 40) + " " + (x1 + 50) + "," + (y1 + 40) + " " + x1 + "," + (y1 + 10);
      lx = x1 + 40;
      ly = y1;
    } else if (b.layer() > a.layer()) {
      int dx = Math.max(40, (x2 - x1) / 2);
      d = "M" + x1 + "," + y1 + " C" + (x1 + dx) + "," + y1 + " " + (x2 - dx) + "," + y2 + " " + x2 + "," + y2;
      lx = (x1 + x2) / 2.0;
      ly = (y1 + y2) / 2.0;
    } else {
      // Back to an earlier column (a cycle) or within one: below every node, bottom to bottom.
      int sx = a.x() + NODE_WIDTH / 2;
      int sy = a.y() + NODE_HEIGHT;
      int tx = b.x() + NODE_WIDTH / 2 + 12;
      int ty = b.y() + NODE_HEIGHT;
      int low = bottom + 40;
      d = "M" + sx + "," + sy + " C" + sx + "," + low + " " + tx + "," + low + " " + tx + "," + ty;
      lx = (sx + tx) / 2.0;
      ly = low - 8;
    }
    String words = describe(e.kind());
    String label = e.label().isEmpty() ? shortWord(e.kind()) : e.label();
    if (e.highlighted()) label += " (chain)";
    svg.append("<g class=\"edge e-").append(kind).append(e.highlighted() ? " hl" : "").append("\" data-from=\"")
        .append(a.index()).append("\" data-to=\"").append(b.index()).append("\">");
    svg.append("<title>");
    HtmlText.append(svg, a.node().label() + " \u2192 " + b.node().label() + ": " + words
        + (e.label().isEmpty() ? "" : " (" + e.label() + ")") + (e.highlighted() ? ", part of a synchronous chain or cycle" : ""));
    svg.append("</title>");
    svg.append("<path d=\"").append(d).append("\" marker-end=\"url(#").append(failure ? "arrow-failure" : "arrow").append(")\"/>");
    svg.append("<text x=\"").append(format(lx)).append("\" y=\"").append(format(ly - 4)).append("\" text-anchor=\"middle\">");
    HtmlText.append(svg, truncate(label, 24));
    svg.append("</text></g>\n");
  }

  private static void node(StringBuilder svg, Placed p, Optional<Badge> badge) {
    Node node = p.node();
    String kind = node.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    svg.append("<g class=\"node k-").append(kind).append("\" id=\"node-").append(p.index()).append("\" data-node=\"")
        .append(p.index()).append("\">");
    svg.append("<title>");
    StringBuilder title = new StringBuilder(kindWord(node.kind())).append(' ').append(node.label());
    if (!node.details().isEmpty()) title.append(" (").append(String.join(", ", node.details())).append(')');
    if (!node.template().isEmpty()) title.append(" in ").append(node.template());
    HtmlText.append(svg, title.toString());
    svg.append("</title>");
    svg.append("<rect x=\"").append(p.x()).append("\" y=\"").append(p.y()).append("\" width=\"").append(NODE_WIDTH)
        .append("\" height=\"").append(NODE_HEIGHT).append("\" rx=\"").append(node.kind() == NodeKind.FUNCTION ? 10 : 3)
        .append("\"/>");
    svg.append("<text class=\"kind\" x=\"").append(p.x() + 8).append("\" y=\"").append(p.y() + 14).append("\">");
    HtmlText.append(svg, kindWord(node.kind()));
    svg.append("</text>");
    svg.append("<text class=\"label\" x=\"").append(p.x() + 8).append("\" y=\"").append(p.y() + 32).append("\">");
    HtmlText.append(svg, truncate(node.label(), LABEL_CHARS));
    svg.append("</text>");
    if (!node.details().isEmpty()) {
      svg.append("<text class=\"detail\" x=\"").append(p.x() + 8).append("\" y=\"").append(p.y() + 49).append("\">");
      HtmlText.append(svg, truncate(String.join(" \u00B7 ", node.details()), DETAIL_CHARS));
      svg.append("</text>");
    }
    svg.append("</g>\n");
    if (badge.isPresent()) {
      Badge b = badge.get();
      String severity = b.worst().label();
      String text = b.count() + " " + severity;
      int w = 12 + text.length() * 7;
      int bx = p.x() + NODE_WIDTH - w + 6;
      int by = p.y() - 10;
      svg.append("<g class=\"badge sev-").append(severity).append("\" data-node=\"").append(p.index())
          .append("\" role=\"button\" tabindex=\"0\" aria-label=\"");
      HtmlText.append(svg, "Show the " + b.count() + " finding" + (b.count() == 1 ? "" : "s") + " on " + node.label()
          + " (most severe: " + severity + ")");
      svg.append("\"><rect x=\"").append(bx).append("\" y=\"").append(by).append("\" width=\"").append(w)
          .append("\" height=\"18\" rx=\"9\"/><text x=\"").append(bx + w / 2).append("\" y=\"").append(by + 13)
          .append("\" text-anchor=\"middle\">").append(text).append("</text></g>\n");
    }
  }

  /** What a node kind is called on the drawing. */
  static String kindWord(NodeKind kind) {
    return switch (kind) {
      case FUNCTION -> "function";
      case API -> "API";
      case QUEUE -> "queue";
      case TOPIC -> "topic";
      case STREAM -> "stream";
      case TABLE_STREAM -> "table stream";
      case BUCKET -> "bucket";
      case EVENT_RULE -> "event rule";
      case SCHEDULE -> "schedule";
      case FUNCTION_URL -> "function URL";
      case FAILURE_TARGET -> "failure target";
      case MISSING_FAILURE_TARGET -> "missing failure destination";
      case OTHER -> "trigger";
    };
  }

  /** What an edge kind means, in words (its tooltip and the text list). */
  static String describe(EdgeKind kind) {
    return switch (kind) {
      case SYNC_TRIGGER -> "invokes synchronously";
      case ASYNC_TRIGGER -> "invokes asynchronously";
      case TRIGGER -> "invokes";
      case POLL -> "polled by an event source mapping";
      case CODE_SYNC_INVOKE -> "code invokes synchronously and waits";
      case CODE_ASYNC_INVOKE -> "code invokes asynchronously";
      case FAILURE -> "sends failures to";
      case MISSING_FAILURE -> "has no failure destination";
    };
  }

  private static String shortWord(EdgeKind kind) {
    return switch (kind) {
      case SYNC_TRIGGER, CODE_SYNC_INVOKE -> "sync";
      case ASYNC_TRIGGER, CODE_ASYNC_INVOKE -> "async";
      case TRIGGER -> "invokes";
      case POLL -> "poll";
      case FAILURE -> "on failure";
      case MISSING_FAILURE -> "no DLQ";
    };
  }

  /** At most {@code max} code points, an ellipsis marking a cut; never half a surrogate pair. */
  static String truncate(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) return text;
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
  }

  private static String format(double value) {
    long rounded = Math.round(value * 10);
    return rounded % 10 == 0 ? Long.toString(rounded / 10) : (rounded / 10) + "." + Math.abs(rounded % 10);
  }

  /** The legend's entries: each edge kind with its words, in enum order. */
  static Map<EdgeKind, String> legend() {
    Map<EdgeKind, String> legend = new LinkedHashMap<>();
    for (EdgeKind k : EdgeKind.values()) legend.put(k, describe(k));
    return legend;
  }
}
