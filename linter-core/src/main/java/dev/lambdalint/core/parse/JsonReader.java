package dev.lambdalint.core.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.template.ListNode;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.ScalarNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON to nodes with Jackson's streaming parser, which knows where every token starts and ends
 * (a databind tree does not). Objects start at their {@code {}, keys span their quotes.
 */
final class JsonReader {
  private final JsonFactory factory;
  private final LoaderLimits limits;

  JsonReader(LoaderLimits limits) {
    this.limits = limits;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
            .build())
        .build();
  }

  Optional<Node> read(NodeBuilder b, String text) throws DocumentException {
    try (JsonParser p = factory.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) return Optional.empty();
      Node root = value(p, "", b);
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw new DocumentException("unexpected content after the JSON document", start(p.currentTokenLocation()));
      }
      return Optional.of(root);
    } catch (StreamConstraintsException e) {
      if (String.valueOf(e.getOriginalMessage()).contains("nesting depth")) {
        throw new DocumentException("JSON nesting depth over " + limits.maxNestingDepth()
            + " levels; refusing to load it", location(e));
      }
      throw new DocumentException("JSON " + ParserMessages.clean(e.getOriginalMessage()), location(e));
    } catch (JsonProcessingException e) {
      throw new DocumentException("JSON syntax error: " + ParserMessages.clean(e.getOriginalMessage()), location(e));
    } catch (IOException e) {
      throw new DocumentException("JSON cannot be read: " + ParserMessages.clean(e.getMessage()), TextRange.startOfLine(1));
    }
  }

  /** Reads the value whose first token is current. */
  private Node value(JsonParser p, String path, NodeBuilder b) throws IOException, DocumentException {
    JsonLocation begin = p.currentTokenLocation();
    b.count(start(begin));
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      List<MapNode.Entry> entries = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        String childPath = NodeBuilder.child(path, name);
        // The parser has read past the colon by now; the key itself spans its quotes.
        JsonLocation keyStart = p.currentTokenLocation();
        TextRange keyRange = new TextRange(keyStart.getLineNr(), keyStart.getColumnNr(),
            keyStart.getLineNr(), keyStart.getColumnNr() + name.length() + 2);
        ScalarNode key = new ScalarNode(b.file(), keyRange, childPath, name, name);
        p.nextToken();
        entries.add(new MapNode.Entry(key, value(p, childPath, b)));
      }
      b.checkDuplicates(entries);
      return new MapNode(b.file(), closedRange(begin, p), path, entries);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(value(p, NodeBuilder.child(path, Integer.toString(i++)), b));
      }
      return new ListNode(b.file(), closedRange(begin, p), path, items);
    }
    // Reading the text first makes the parser consume the whole token (strings are read lazily).
    String text = p.getText();
    TextRange range = tokenRange(p);
    return switch (token) {
      case VALUE_STRING -> new ScalarNode(b.file(), range, path, text, text);
      case VALUE_NUMBER_INT -> new ScalarNode(b.file(), range, path, text, integral(p));
      case VALUE_NUMBER_FLOAT -> new ScalarNode(b.file(), range, path, text, p.getDoubleValue());
      case VALUE_TRUE -> new ScalarNode(b.file(), range, path, "true", true);
      case VALUE_FALSE -> new ScalarNode(b.file(), range, path, "false", false);
      case VALUE_NULL -> new ScalarNode(b.file(), range, path, "null", null);
      default -> throw new DocumentException("unexpected JSON token " + token, range);
    };
  }

  private static Object integral(JsonParser p) throws IOException {
    return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getText() : (Object) p.getLongValue();
  }

  /** The current token from its first character to one past its last. */
  private static TextRange tokenRange(JsonParser p) {
    JsonLocation s = p.currentTokenLocation();
    JsonLocation e = p.currentLocation();
    return new TextRange(s.getLineNr(), s.getColumnNr(), e.getLineNr(), e.getColumnNr());
  }

  /** From an opening bracket to one past the closing bracket that is the current token. */
  private static TextRange closedRange(JsonLocation begin, JsonParser p) {
    JsonLocation end = p.currentLocation();
    return new TextRange(begin.getLineNr(), begin.getColumnNr(), end.getLineNr(), end.getColumnNr());
  }

  private static TextRange start(JsonLocation l) {
    return l == null || l.getLineNr() < 1 ? TextRange.startOfLine(1) : TextRange.at(l.getLineNr(), Math.max(1, l.getColumnNr()));
  }

  private static TextRange location(JsonProcessingException e) {
    return start(e.getLocation());
  }

}
