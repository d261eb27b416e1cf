package dev.lambdalint.core.report;

import java.util.List;
import java.util.Locale;

/** The output formats, by the name users give on the command line. */
public final class Reporters {
  private static final List<String> FORMATS = List.of("text", "json", "sarif");

  private Reporters() {}

  public static List<String> formats() {
    return FORMATS;
  }

  public static Reporter forFormat(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "text" -> new TextReporter();
      case "json" -> new JsonReporter();
      case "sarif" -> new SarifReporter();
      default -> throw new IllegalArgumentException(
          "unknown format '" + name + "' (expected one of " + String.join(", ", FORMATS) + ")");
    };
  }
}
