package dev.lambdalint.core.model;

import java.util.Locale;

/** How serious a finding is. Ordered from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** The SARIF {@code level} for this severity. */
  public String sarifLevel() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Lower-case name as users write it: {@code error}, {@code warning}, {@code note}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as severe as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Severity parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown severity '" + text + "' (expected error, warning or note)", e);
    }
  }
}
