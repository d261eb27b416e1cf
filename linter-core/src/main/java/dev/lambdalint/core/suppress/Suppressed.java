package dev.lambdalint.core.suppress;

import dev.lambdalint.core.model.Finding;
import java.util.Objects;

/**
 * A finding that does not count: suppressed in the source, or already recorded in the baseline.
 * Reporters show it as such (SARIF {@code suppressions}, JSON {@code suppressed: true}); the text
 * format counts it in the summary.
 *
 * @param justification the user's reason, "" when none was given
 */
public record Suppressed(Finding finding, Kind kind, String justification) {

  /** Where the suppression lives, named as SARIF names it. */
  public enum Kind {
    /** A comment, annotation or template Metadata in the analysed files. */
    IN_SOURCE("inSource"),
    /** Outside the analysed files: the baseline. */
    EXTERNAL("external");

    private final String sarifName;

    Kind(String sarifName) {
      this.sarifName = sarifName;
    }

    public String sarifName() {
      return sarifName;
    }
  }

  public Suppressed {
    Objects.requireNonNull(finding);
    Objects.requireNonNull(kind);
    justification = justification == null ? "" : justification;
  }
}
