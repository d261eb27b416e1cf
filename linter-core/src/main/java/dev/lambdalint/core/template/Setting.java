package dev.lambdalint.core.template;

/**
 * A function setting and where it came from, so a finding lands where the user must change it:
 * the function's own property, the {@code Globals} property it inherits, or — for a value
 * AWS defaults — the function's logical id.
 *
 * @param node the key node of the property that set it; {@code null} when {@link Origin#DEFAULT}
 */
public record Setting<T>(T value, ScalarNode node, Origin origin) {

  /** Where a setting's value came from. */
  public enum Origin {
    FUNCTION,
    GLOBALS,
    DEFAULT
  }

  public static <T> Setting<T> defaulted(T value) {
    return new Setting<>(value, null, Origin.DEFAULT);
  }

  /** A setting set by the property whose key is {@code key}: from Globals when the key lies there. */
  static <T> Setting<T> setBy(T value, ScalarNode key) {
    return new Setting<>(value, key, PerSetting.isInGlobals(key) ? Origin.GLOBALS : Origin.FUNCTION);
  }

  public boolean isDefault() {
    return origin == Origin.DEFAULT;
  }

  /** The node to report at: the property key, or {@code fallback} (the function's key) when defaulted. */
  public Node reportAt(Node fallback) {
    return node != null ? node : fallback;
  }
}
