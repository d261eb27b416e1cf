package dev.lambdalint.core.template;

import java.util.Optional;

/**
 * What a template value comes to before deployment ({@link Template#evaluate(Value)}): not set at
 * all, a text known now with the node it came from, or set to something only the deployment
 * knows. A rule tells "unset" from "not knowable" by the kind, never by re-reading a raw key.
 */
public sealed interface Resolved permits Resolved.Absent, Resolved.Known, Resolved.Unknowable {

  /** The known text; empty when absent or unknowable. */
  default Optional<String> knownText() {
    return this instanceof Known k ? Optional.of(k.text()) : Optional.empty();
  }

  default boolean isAbsent() {
    return this instanceof Absent;
  }

  /**
   * Not set: no node, a {@code null}, {@code !Ref AWS::NoValue}, or an {@code Fn::If} whose two
   * branches are both absent.
   */
  record Absent() implements Resolved {}

  /**
   * A text known before deployment.
   *
   * @param origin where the text is written: the value itself, or the {@code Default} of the
   *     parameter it went through; for a text put together ({@code Fn::Join}, {@code Fn::Sub}) the
   *     intrinsic's node
   */
  record Known(String text, Node origin) implements Resolved {
    /** The text as an integer (a number written in the document or a numeric string). */
    public Optional<Long> number() {
      if (origin instanceof ScalarNode s && s.text().equals(text)) return s.asLong();
      try {
        return Optional.of(Long.parseLong(text.trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * Set, to something not known before deployment: a pseudo parameter, a resource's name or
   * attribute, a parameter without a {@code Default}, an import, an {@code Fn::If} whose branches
   * differ, or a list or map where one text was asked for.
   *
   * @param value the value that cannot be known (the innermost one the answer hangs on)
   */
  record Unknowable(Value value) implements Resolved {}
}
