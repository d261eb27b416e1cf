package dev.lambdalint.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The output formats, by the name users give on the command line. */
public final class Reporters {
  private static final List<String> FORMATS = List.of("text", "json", "sarif", "github", "junit", "gitlab", "html");

  private Reporters() {}

  /** Every format name {@link #forFormat(String, ReportOptions)} takes, in the order help lists them. */
  public static List<String> formats() {
    return FORMATS;
  }

  public static Reporter forFormat(String name) {
    return forFormat(name, ReportOptions.DEFAULTS);
  }

  /** @see ReportOptions#colour() */
  public static Reporter forFormat(String name, boolean colour) {
    return forFormat(name, ReportOptions.DEFAULTS.withColour(colour));
  }

  /** @see ReportOptions#showSuppressed() */
  public static Reporter forFormat(String name, boolean colour, boolean showSuppressed) {
    return forFormat(name, new ReportOptions(colour, showSuppressed, false));
  }

  /**
   * The reporter for the format {@code name} (any case).
   *
   * @throws IllegalArgumentException for an unknown name; its message lists the valid ones
   */
  public static Reporter forFormat(String name, ReportOptions options) {
    Objects.requireNonNull(options, "options");
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "text" -> new TextReporter(options);
      case "json" -> new JsonReporter();
      case "sarif" -> new SarifReporter();
      case "github" -> new GithubReporter();
      case "junit" -> new JunitReporter();
      case "gitlab" -> new GitlabReporter();
      case "html" -> new HtmlReporter();
      default -> throw new IllegalArgumentException(
          "unknown format '" + name + "' (expected one of " + String.join(", ", FORMATS) + ")");
    };
  }
}
