package dev.lambdalint.core.report;

import java.util.List;
import java.util.Locale;

/** The output formats, by the name users give on the command line. */
public final class Reporters {
  private static final List<String> FORMATS = List.of("text", "json", "sarif", "github");

  private Reporters() {}

  public static List<String> formats() {
    return FORMATS;
  }

  public static Reporter forFormat(String name) {
    return forFormat(name, false);
  }

  /**
   * @param colour ANSI colour in the text format; front ends turn it on only for a terminal
   *     (never for a file, nor when {@code NO_COLOR} is set)
   */
  public static Reporter forFormat(String name, boolean colour) {
    return forFormat(name, colour, false);
  }

  /**
   * @param showSuppressed list suppressed and baselined findings in the text format too, each
   *     marked with its reason (they never count toward the exit code)
   */
  public static Reporter forFormat(String name, boolean colour, boolean showSuppressed) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "text" -> new TextReporter(colour, showSuppressed);
      case "json" -> new JsonReporter();
      case "sarif" -> new SarifReporter();
      case "github" -> new GithubReporter();
      default -> throw new IllegalArgumentException(
          "unknown format '" + name + "' (expected one of " + String.join(", ", FORMATS) + ")");
    };
  }
}
