package dev.lambdalint.core.suppress;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a front end's files write a comment, which is how they write a suppression
 * ({@code # lambdalint:ignore LL301 reason}, {@code // lambdalint:ignore LL101 reason}).
 *
 * @param openers what starts a comment ({@code #}; {@code //} and {@code /*}); an opener longer
 *     than one character may go on with more of its last one ({@code ///}, {@code /**})
 * @param afterWhitespace true when an opener starts a comment only at the start of a line or after
 *     whitespace (YAML: {@code a#b} is a plain scalar)
 */
public record CommentSyntax(List<String> openers, boolean afterWhitespace) {
  /** {@code #} after whitespace: YAML, shell, Python, HCL. */
  public static final CommentSyntax HASH = new CommentSyntax(List.of("#"), true);
  /** {@code //} and {@code /*} anywhere: Java, C, JavaScript. */
  public static final CommentSyntax SLASHES = new CommentSyntax(List.of("//", "/*"), false);

  public CommentSyntax {
    openers = List.copyOf(openers);
    if (openers.isEmpty() || openers.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("a comment syntax needs at least one non-empty opener");
    }
  }

  /** A suppression comment: group 1 is its opener, group 2 what follows {@code lambdalint:ignore}. */
  Pattern suppression() {
    StringBuilder alternatives = new StringBuilder();
    for (String opener : openers) {
      if (alternatives.length() > 0) alternatives.append('|');
      alternatives.append(Pattern.quote(opener));
      if (opener.length() > 1) alternatives.append(Pattern.quote(opener.substring(opener.length() - 1))).append('*');
    }
    return Pattern.compile((afterWhitespace ? "(?:^|\\s)" : "") + "(" + alternatives + ")\\s*lambdalint:ignore\\b(.*)$");
  }
}
