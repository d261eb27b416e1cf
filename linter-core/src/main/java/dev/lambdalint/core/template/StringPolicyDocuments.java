package dev.lambdalint.core.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Identity-policy documents written as a JSON string ({@code PolicyDocument: !Sub '{"Statement":
 * …}'} or a literal string) in the places {@link PolicyStatements} reads documents from
 * ({@code AWS::IAM::Role}/{@code User}/{@code Group} {@code Policies}, {@code AWS::IAM::Policy},
 * {@code ManagedPolicy} and the other policy resources). Their statements come back as ordinary
 * {@link PolicyStatement}s. When the string is written so that its lines are the file's lines (a
 * single-quoted or plain YAML scalar), every node has its exact position; otherwise (escaped
 * strings, JSON templates) every node is placed at the string itself. A string that is not JSON
 * ({@code ${Var}} outside quotes, a truncated document) is left alone.
 */
public final class StringPolicyDocuments {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private StringPolicyDocuments() {}

  /** The statements of every JSON-string policy document of {@code template}, in document order. */
  public static List<PolicyStatement> of(Template template) {
    List<PolicyStatement> result = new ArrayList<>();
    for (Resource r : template.resources()) {
      MapNode p = r.properties();
      switch (r.type()) {
        case "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group" -> p.getList("Policies").ifPresent(list ->
            list.items().forEach(item -> item.asMap().flatMap(m -> m.get("PolicyDocument"))
                .ifPresent(doc -> add(doc, r, result))));
        case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy",
            "AWS::IAM::GroupPolicy" -> p.get("PolicyDocument").ifPresent(doc -> add(doc, r, result));
        default -> { }
      }
    }
    return List.copyOf(result);
  }

  private static void add(Node document, Resource owner, List<PolicyStatement> out) {
    Optional<ScalarNode> string = stringOf(document);
    if (string.isEmpty() || !string.get().text().strip().startsWith("{")) return;
    parse(string.get(), document.path()).flatMap(Node::asMap).ifPresent(doc -> doc.get("Statement").ifPresent(statement -> {
      List<Node> items = statement.asList().map(ListNode::items).orElse(List.of(statement));
      for (Node item : items) item.asMap().ifPresent(m -> out.add(new PolicyStatement(m, owner)));
    }));
  }

  /** The string holding the JSON: the document itself, or the template string of its {@code Fn::Sub}. */
  private static Optional<ScalarNode> stringOf(Node document) {
    if (document instanceof ScalarNode s && s.isString()) return Optional.of(s);
    return Sub.of(document).flatMap(Sub::textNode).flatMap(Node::asScalar).filter(ScalarNode::isString);
  }

  private static Optional<Node> parse(ScalarNode string, String path) {
    Optional<String> raw = rawText(string);
    if (raw.isPresent()) {
      Optional<Node> exact = read(raw.get(), string, path, true);
      if (exact.isPresent()) return exact;
    }
    return read(string.text(), string, path, false);
  }

  /**
   * The scalar as written in the file when its lines are the value's lines: a plain or
   * single-quoted YAML scalar (quotes removed, {@code ''} read as {@code '}, which only shifts
   * columns). Empty for double-quoted, block and JSON strings.
   */
  private static Optional<String> rawText(ScalarNode string) {
    TextRange range = string.range();
    String name = string.file().fileName().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".json")) return Optional.empty();
    List<String> lines;
    try {
      lines = Files.readAllLines(string.file().absolutePath(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (range.endLine() > lines.size()) return Optional.empty();
    StringBuilder sb = new StringBuilder();
    for (int line = range.startLine(); line <= range.endLine(); line++) {
      String text = lines.get(line - 1);
      int from = line == range.startLine() ? range.startColumn() - 1 : 0;
      int to = line == range.endLine() ? Math.min(text.length(), range.endColumn() - 1) : text.length();
      if (from > to || from > text.length()) return Optional.empty();
      if (line > range.startLine()) sb.append('\n');
      sb.append(text, from, to);
    }
    String raw = sb.toString();
    if (raw.startsWith("!")) { // the range of a tagged scalar starts at its tag (!Sub): blank the tag out
      int end = 0;
      while (end < raw.length() && !Character.isWhitespace(raw.charAt(end))) end++;
      raw = " ".repeat(end) + raw.substring(end);
    }
    int start = 0;
    while (start < raw.length() && raw.charAt(start) == ' ') start++;
    String body = raw.substring(start);
    if (body.startsWith("'") && body.endsWith("'") && body.length() >= 2) {
      return Optional.of(" ".repeat(start + 1) + body.substring(1, body.length() - 1).replace("''", "'"));
    }
    if (body.startsWith("{")) return Optional.of(raw);
    return Optional.empty();
  }

  /**
   * @param exact whether {@code text} starts at the scalar's first column in the file, so token
   *     positions map to file positions; otherwise every node gets the scalar's range
   */
  private static Optional<Node> read(String text, ScalarNode at, String path, boolean exact) {
    try (JsonParser p = JSON.createParser(text)) {
      if (p.nextToken() == null) return Optional.empty();
      Node root = value(p, path, new Mapper(at, exact));
      return p.nextToken() == null ? Optional.of(root) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Maps positions inside the string to positions in the file. */
  private record Mapper(ScalarNode at, boolean exact) {
    SourceFile file() {
      return at.file();
    }

    TextRange range(JsonLocation start, int length) {
      if (!exact) return at.range();
      int line = at.range().startLine() + start.getLineNr() - 1;
      int column = start.getLineNr() == 1 ? at.range().startColumn() + start.getColumnNr() - 1 : start.getColumnNr();
      return new TextRange(line, column, line, column + Math.max(1, length));
    }
  }

  private static Node value(JsonParser p, String path, Mapper m) throws IOException {
    JsonLocation begin = p.currentTokenLocation();
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      List<MapNode.Entry> entries = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        ScalarNode key = new ScalarNode(m.file(), m.range(p.currentTokenLocation(), name.length() + 2), path + "/" + name, name, name);
        p.nextToken();
        entries.add(new MapNode.Entry(key, value(p, path + "/" + name, m)));
      }
      return new MapNode(m.file(), m.range(begin, 1), path, entries);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) items.add(value(p, path + "/" + i++, m));
      return new ListNode(m.file(), m.range(begin, 1), path, items);
    }
    String text = p.getText();
    Object typed = switch (token) {
      case VALUE_STRING -> text;
      case VALUE_NUMBER_INT -> p.getLongValue();
      case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      default -> null;
    };
    return new ScalarNode(m.file(), m.range(begin, token == JsonToken.VALUE_STRING ? text.length() + 2 : text.length()), path, text, typed);
  }
}
