package dev.lambdalint.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read with the line and column of every key and value, so each complaint about
 * the configuration can point at its spot. Duplicate keys are errors.
 */
final class ConfigTree {
  private static final YAMLFactory YAML = YAMLFactory.builder().build();

  /** A value and where it was written. */
  sealed interface Value permits Scalar, MapValue, ListValue {
    int line();

    int column();

    /** What a user would call this kind of value in an error message. */
    String kind();
  }

  /** A scalar: {@code value} is a String, Boolean, Long, Double or null. */
  record Scalar(Object value, String text, int line, int column) implements Value {
    @Override
    public String kind() {
      if (value == null) return "null";
      if (value instanceof Boolean) return "a boolean";
      if (value instanceof Number) return "a number";
      return "a string";
    }
  }

  /** A key with its position. */
  record Key(String name, int line, int column) {}

  record MapValue(Map<String, Value> entries, Map<String, Key> keys, int line, int column) implements Value {
    @Override
    public String kind() {
      return "a mapping";
    }
  }

  record ListValue(List<Value> items, int line, int column) implements Value {
    @Override
    public String kind() {
      return "a list";
    }
  }

  private ConfigTree() {}

  /** Parses {@code text}; an empty document is an empty mapping. */
  static Value parse(Path file, String text) {
    try (JsonParser parser = YAML.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) return new MapValue(Map.of(), Map.of(), 1, 1);
      Value value = read(file, parser);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw ConfigException.at(file, at.getLineNr(), at.getColumnNr(), "only one YAML document is allowed");
      }
      return value;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
      throw ConfigException.at(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          "invalid YAML: " + message);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static Value read(Path file, JsonParser parser) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Value> entries = new LinkedHashMap<>();
        Map<String, Key> keys = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          JsonLocation keyAt = parser.currentTokenLocation();
          String name = parser.currentName();
          if (entries.containsKey(name)) {
            throw ConfigException.at(file, keyAt.getLineNr(), keyAt.getColumnNr(), "duplicate key '" + name + "'");
          }
          parser.nextToken();
          keys.put(name, new Key(name, keyAt.getLineNr(), keyAt.getColumnNr()));
          entries.put(name, read(file, parser));
        }
        return new MapValue(entries, keys, line, column);
      }
      case START_ARRAY -> {
        List<Value> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) items.add(read(file, parser));
        return new ListValue(items, line, column);
      }
      case VALUE_STRING -> {
        return new Scalar(parser.getText(), parser.getText(), line, column);
      }
      case VALUE_NUMBER_INT -> {
        return new Scalar(parser.getLongValue(), parser.getText(), line, column);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new Scalar(parser.getDoubleValue(), parser.getText(), line, column);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Scalar(token == JsonToken.VALUE_TRUE, parser.getText(), line, column);
      }
      case VALUE_NULL -> {
        return new Scalar(null, "", line, column);
      }
      default -> throw ConfigException.at(file, line, column, "unexpected YAML content: " + token);
    }
  }

  /** The plain Java value of a node: Map, List, String, Boolean, Long, Double or null. */
  static Object plain(Value value) {
    if (value instanceof Scalar s) return s.value();
    if (value instanceof ListValue l) return l.items().stream().map(ConfigTree::plain).toList();
    MapValue m = (MapValue) value;
    Map<String, Object> out = new LinkedHashMap<>();
    m.entries().forEach((k, v) -> out.put(k, plain(v)));
    return java.util.Collections.unmodifiableMap(out);
  }
}
