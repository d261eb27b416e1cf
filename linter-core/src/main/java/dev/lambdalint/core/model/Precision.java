package dev.lambdalint.core.model;

import java.util.Locale;

/** How often a rule's findings are right, as GitHub code scanning reads {@code precision}. */
public enum Precision {
  VERY_HIGH,
  HIGH,
  MEDIUM,
  LOW;

  public String sarifValue() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
