package dev.lambdalint.core.template;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import java.util.Locale;
import java.util.Optional;

/**
 * A scalar: its text as written (unquoted) and its typed value as the document's format
 * resolves it ({@link String}, {@link Long}, {@link Double}, {@link Boolean} or {@code null}).
 */
public final class ScalarNode extends Node {
  private final String text;
  private final Object value;

  public ScalarNode(SourceFile file, TextRange range, String path, String text, Object value) {
    super(file, range, path);
    this.text = text;
    this.value = value;
  }

  /** The scalar's text, as CloudFormation would see it as a string. */
  public String text() {
    return text;
  }

  public Object value() {
    return value;
  }

  public boolean isNull() {
    return value == null;
  }

  public boolean isString() {
    return value instanceof String;
  }

  /** An integer value, also from a numeric string (CloudFormation accepts both). */
  public Optional<Long> asLong() {
    if (value instanceof Long l) return Optional.of(l);
    if (value instanceof Double d && d == Math.rint(d)) return Optional.of(d.longValue());
    if (value instanceof String s) {
      try {
        return Optional.of(Long.parseLong(s.trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A boolean value, also from {@code "true"}/{@code "false"} strings. */
  public Optional<Boolean> asBoolean() {
    if (value instanceof Boolean b) return Optional.of(b);
    if (value instanceof String s) {
      String t = s.trim().toLowerCase(Locale.ROOT);
      if (t.equals("true")) return Optional.of(true);
      if (t.equals("false")) return Optional.of(false);
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return text;
  }
}
