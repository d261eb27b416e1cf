package dev.lambdalint.core.graph;

import dev.lambdalint.core.graph.SystemGraph.Edge;
import dev.lambdalint.core.graph.SystemGraph.EdgeKind;
import dev.lambdalint.core.graph.SystemGraph.Node;
import dev.lambdalint.core.graph.SystemGraph.NodeKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Writes a {@link SystemGraph} as Mermaid, Graphviz DOT or JSON ({@code docs/graph.md}), with no
 * library: the same graph gives the same text. In {@link Scope#REPOSITORY} one drawing holds every
 * template, each in its own {@code subgraph} (Mermaid) or {@code cluster} (DOT); in
 * {@link Scope#TEMPLATE} there is one drawing per template ({@link SystemGraph#forTemplate}): Mermaid
 * as Markdown with one fenced block per template, DOT as one {@code digraph} per template, JSON as
 * one entry of {@code graphs} per template.
 */
public final class GraphWriter {

  /** How many drawings: the whole run's, or one per template. */
  public enum Scope {
    REPOSITORY,
    TEMPLATE;

    public static Scope parse(String text) {
      for (Scope s : values()) if (s.name().equalsIgnoreCase(text)) return s;
      throw new IllegalArgumentException("'" + text + "' (expected repository or template)");
    }
  }

  /** The formats, by the name the command line takes. */
  public enum Format {
    MERMAID,
    DOT,
    JSON;

    public static Format parse(String text) {
      for (Format f : values()) if (f.name().equalsIgnoreCase(text)) return f;
      throw new IllegalArgumentException("'" + text + "' (expected mermaid, dot or json)");
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private GraphWriter() {}

  /** The graph in {@code format}, one drawing or one per template as {@code scope} says; ends with a newline. */
  public static String write(SystemGraph graph, Format format, Scope scope) {
    return switch (format) {
      case MERMAID -> scope == Scope.REPOSITORY ? mermaid(graph) : mermaidPerTemplate(graph);
      case DOT -> scope == Scope.REPOSITORY ? dot(graph, "lambdalint") : dotPerTemplate(graph);
      case JSON -> json(graph, scope);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Mermaid

  /** One Mermaid {@code flowchart LR}, a {@code subgraph} per template. */
  public static String mermaid(SystemGraph graph) {
    Map<String, String> ids = mermaidIds(graph);
    StringBuilder out = new StringBuilder("flowchart LR\n");
    List<String> templates = graph.templates();
    for (int t = 0; t < templates.size(); t++) {
      String template = templates.get(t);
      out.append("  subgraph t").append(t).append("[\"").append(mermaidText(template)).append("\"]\n");
      for (Node n : graph.nodes()) {
        if (!n.template().equals(template)) continue;
        out.append("    ").append(ids.get(n.id())).append(mermaidShape(n.kind(), mermaidText(nodeText(n, "<br/>")))).append('\n');
      }
      out.append("  end\n");
    }
    List<Integer> highlighted = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < graph.edges().size(); i++) {
      Edge e = graph.edges().get(i);
      String text = edgeText(e);
      out.append("  ").append(ids.get(e.from())).append(' ').append(mermaidArrow(e.kind()));
      if (!text.isEmpty()) out.append("|\"").append(mermaidText(text)).append("\"|");
      out.append(' ').append(ids.get(e.to())).append('\n');
      if (e.highlighted()) highlighted.add(i);
      if (e.kind() == EdgeKind.MISSING_FAILURE) missing.add(i);
    }
    out.append("  classDef missing fill:#fff0f0,stroke:#d00000,color:#a00000,stroke-dasharray:4 3\n");
    List<String> markers = graph.nodes().stream().filter(n -> n.kind() == NodeKind.MISSING_FAILURE_TARGET)
        .map(n -> ids.get(n.id())).toList();
    if (!markers.isEmpty()) out.append("  class ").append(String.join(",", markers)).append(" missing\n");
    if (!missing.isEmpty()) out.append("  linkStyle ").append(join(missing)).append(" stroke:#d00000,color:#a00000\n");
    if (!highlighted.isEmpty()) out.append("  linkStyle ").append(join(highlighted)).append(" stroke:#d00000,stroke-width:3px\n");
    return out.toString();
  }

  private static String mermaidPerTemplate(SystemGraph graph) {
    StringBuilder out = new StringBuilder();
    for (String template : graph.templates()) {
      if (!out.isEmpty()) out.append('\n');
      out.append("## ").append(template).append("\n\n```mermaid\n").append(mermaid(graph.forTemplate(template))).append("```\n");
    }
    return out.toString();
  }

  /**
   * Mermaid ids: {@code t<template index>_<logical id with every character outside [A-Za-z0-9_]
   * replaced by _>}, made unique with a {@code _<n>} suffix, in node order.
   */
  static Map<String, String> mermaidIds(SystemGraph graph) {
    List<String> templates = graph.templates();
    Map<String, String> ids = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (Node n : graph.nodes()) {
      String local = n.id().substring(n.id().indexOf('#') + 1);
      String base = "t" + templates.indexOf(n.template()) + "_" + local.replaceAll("[^A-Za-z0-9_]", "_");
      String id = base;
      for (int i = 2; !used.add(id); i++) id = base + "_" + i;
      ids.put(n.id(), id);
    }
    return ids;
  }

  private static String mermaidShape(NodeKind kind, String text) {
    String q = "\"" + text + "\"";
    return switch (kind) {
      case FUNCTION -> "(" + q + ")";
      case API, FUNCTION_URL -> "[/" + q + "/]";
      case QUEUE, FAILURE_TARGET -> "[[" + q + "]]";
      case TOPIC -> "{{" + q + "}}";
      case STREAM, TABLE_STREAM, BUCKET -> "[(" + q + ")]";
      case EVENT_RULE, SCHEDULE -> ">" + q + "]";
      case OTHER, MISSING_FAILURE_TARGET -> "[" + q + "]";
    };
  }

  private static String mermaidArrow(EdgeKind kind) {
    return switch (kind) {
      case SYNC_TRIGGER, CODE_SYNC_INVOKE -> "==>";
      case ASYNC_TRIGGER, CODE_ASYNC_INVOKE, FAILURE, MISSING_FAILURE -> "-.->";
      case POLL, TRIGGER -> "-->";
    };
  }

  /**
   * Text inside a quoted Mermaid label: {@code "}, {@code #}, {@code <}, {@code >}, {@code &},
   * {@code |} and backquotes as entity codes ({@code #quot;}, {@code #35;}…), control characters as
   * spaces; the {@code <br/>} line breaks this class inserts are kept. Other unicode stays as it is.
   */
  static String mermaidText(String text) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("<br/>", -1);
    for (int l = 0; l < lines.length; l++) {
      if (l > 0) out.append("<br/>");
      lines[l].codePoints().forEach(c -> {
        switch (c) {
          case '"' -> out.append("#quot;");
          case '#' -> out.append("#35;");
          case '<' -> out.append("#lt;");
          case '>' -> out.append("#gt;");
          case '&' -> out.append("#amp;");
          case '|' -> out.append("#124;");
          case '`' -> out.append("#96;");
          default -> {
            if (Character.isISOControl(c)) out.append(' ');
            else out.appendCodePoint(c);
          }
        }
      });
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // DOT

  /** One Graphviz {@code digraph}, a {@code cluster} per template. */
  public static String dot(SystemGraph graph, String name) {
    StringBuilder out = new StringBuilder();
    out.append("digraph ").append(dotString(name)).append(" {\n")
        .append("  rankdir=LR;\n")
        .append("  node [fontname=\"Helvetica\", fontsize=10];\n")
        .append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    List<String> templates = graph.templates();
    for (int t = 0; t < templates.size(); t++) {
      String template = templates.get(t);
      out.append("  subgraph ").append(dotString("cluster_" + t)).append(" {\n")
          .append("    label=").append(dotString(template)).append(";\n");
      for (Node n : graph.nodes()) {
        if (!n.template().equals(template)) continue;
        out.append("    ").append(dotString(n.id())).append(" [label=").append(dotString(nodeText(n, "\n")))
            .append(", ").append(dotShape(n.kind())).append("];\n");
      }
      out.append("  }\n");
    }
    for (Edge e : graph.edges()) {
      out.append("  ").append(dotString(e.from())).append(" -> ").append(dotString(e.to())).append(" [");
      StringJoiner attributes = new StringJoiner(", ");
      String text = edgeText(e);
      if (!text.isEmpty()) attributes.add("label=" + dotString(text));
      attributes.add(dotEdgeStyle(e.kind()));
      if (e.highlighted()) attributes.add("color=\"#d00000\", penwidth=3");
      out.append(attributes).append("];\n");
    }
    return out.append("}\n").toString();
  }

  private static String dotPerTemplate(SystemGraph graph) {
    StringBuilder out = new StringBuilder();
    for (String template : graph.templates()) out.append(dot(graph.forTemplate(template), template));
    return out.toString();
  }

  private static String dotShape(NodeKind kind) {
    return switch (kind) {
      case FUNCTION -> "shape=box, style=rounded";
      case API, FUNCTION_URL -> "shape=parallelogram";
      case QUEUE -> "shape=box3d";
      case FAILURE_TARGET -> "shape=box3d, style=dashed";
      case TOPIC -> "shape=hexagon";
      case STREAM, TABLE_STREAM, BUCKET -> "shape=cylinder";
      case EVENT_RULE, SCHEDULE -> "shape=cds";
      case OTHER -> "shape=box";
      case MISSING_FAILURE_TARGET -> "shape=note, style=dashed, color=\"#d00000\", fontcolor=\"#a00000\"";
    };
  }

  private static String dotEdgeStyle(EdgeKind kind) {
    return switch (kind) {
      case SYNC_TRIGGER, CODE_SYNC_INVOKE -> "style=bold";
      case ASYNC_TRIGGER, CODE_ASYNC_INVOKE -> "style=dashed";
      case POLL -> "style=solid";
      case TRIGGER -> "style=dotted";
      case FAILURE -> "style=dashed, color=\"#666666\"";
      case MISSING_FAILURE -> "style=dashed, color=\"#d00000\", fontcolor=\"#a00000\"";
    };
  }

  /** A DOT quoted string: backslashes and quotes escaped, line breaks as {@code \n}, other control characters as spaces. */
  static String dotString(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        default -> {
          if (Character.isISOControl(c)) out.append(' ');
          else out.appendCodePoint(c);
        }
      }
    });
    return out.append('"').toString();
  }

  // ---------------------------------------------------------------------------------------------
  // JSON

  /** The graph as JSON ({@code docs/graph.md}): {@code {"scope", "graphs": [{"template", "nodes", "edges"}]}}. */
  public static String json(SystemGraph graph, Scope scope) {
    StringBuilder out = new StringBuilder("{\n  \"scope\": ").append(jsonString(scope.name().toLowerCase(Locale.ROOT)))
        .append(",\n  \"graphs\": [");
    Map<String, SystemGraph> graphs = new LinkedHashMap<>();
    if (scope == Scope.REPOSITORY) graphs.put(null, graph);
    else for (String template : graph.templates()) graphs.put(template, graph.forTemplate(template));
    boolean firstGraph = true;
    for (Map.Entry<String, SystemGraph> g : graphs.entrySet()) {
      out.append(firstGraph ? "\n" : ",\n");
      firstGraph = false;
      out.append("    {\n      \"template\": ").append(g.getKey() == null ? "null" : jsonString(g.getKey()))
          .append(",\n      \"nodes\": [");
      List<Node> nodes = g.getValue().nodes();
      for (int i = 0; i < nodes.size(); i++) {
        Node n = nodes.get(i);
        out.append(i == 0 ? "\n" : ",\n").append("        {\"id\": ").append(jsonString(n.id()))
            .append(", \"kind\": ").append(jsonString(n.kind().name()))
            .append(", \"label\": ").append(jsonString(n.label()))
            .append(", \"details\": [").append(String.join(", ", n.details().stream().map(GraphWriter::jsonString).toList()))
            .append("], \"template\": ").append(jsonString(n.template()))
            .append(", \"location\": ").append(n.location().map(l -> "{\"file\": " + jsonString(l.file().path())
                + ", \"line\": " + l.range().startLine() + ", \"column\": " + l.range().startColumn() + "}").orElse("null"))
            .append('}');
      }
      out.append(nodes.isEmpty() ? "],\n" : "\n      ],\n").append("      \"edges\": [");
      List<Edge> edges = g.getValue().edges();
      for (int i = 0; i < edges.size(); i++) {
        Edge e = edges.get(i);
        out.append(i == 0 ? "\n" : ",\n").append("        {\"from\": ").append(jsonString(e.from()))
            .append(", \"to\": ").append(jsonString(e.to()))
            .append(", \"kind\": ").append(jsonString(e.kind().name()))
            .append(", \"label\": ").append(jsonString(e.label()))
            .append(", \"highlighted\": ").append(e.highlighted()).append('}');
      }
      out.append(edges.isEmpty() ? "]\n" : "\n      ]\n").append("    }");
    }
    return out.append(graphs.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  static String jsonString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    return out.append('"').toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Shared

  /** A node's label and its details, one per line. */
  private static String nodeText(Node n, String lineBreak) {
    return n.details().isEmpty() ? n.label() : n.label() + lineBreak + String.join(" · ", n.details());
  }

  /** What an edge says: its label, and how it invokes where the arrow alone may not say it. */
  static String edgeText(Edge e) {
    String how = switch (e.kind()) {
      case SYNC_TRIGGER -> "sync";
      case ASYNC_TRIGGER -> "async";
      case POLL -> "poll";
      case CODE_SYNC_INVOKE -> "code: sync invoke";
      case CODE_ASYNC_INVOKE -> "code: async invoke";
      case TRIGGER -> "invocation unknown";
      case FAILURE, MISSING_FAILURE -> "";
    };
    if (e.label().isEmpty()) return how;
    return how.isEmpty() ? e.label() : e.label() + " · " + how;
  }

  private static String join(List<Integer> indexes) {
    return String.join(",", indexes.stream().map(String::valueOf).toList());
  }
}
