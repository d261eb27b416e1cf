package dev.lambdalint.core.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A rule's options from {@code rules: <id>: options:} in {@code .lambdalint.yml}. Rules read
 * them through {@link dev.lambdalint.core.engine.LintContext#options(String)} with a default for
 * each; a value of the wrong type stops the run with a {@link ConfigException} naming the file,
 * line and option, so a typo never silently falls back to the default.
 */
public final class RuleOptions {
  /** No options: every getter returns its default. */
  public static final RuleOptions NONE = new RuleOptions("", Map.of(), Map.of());

  private final String ruleId;
  private final Map<String, Object> values;
  /** {@code file:line:column} of each option, for error messages. */
  private final Map<String, String> origins;

  RuleOptions(String ruleId, Map<String, Object> values, Map<String, String> origins) {
    this.ruleId = ruleId;
    this.values = values;
    this.origins = origins;
  }

  /** A rule's options built in code (tests, the Maven plugin). */
  public static RuleOptions of(String ruleId, Map<String, Object> values) {
    return new RuleOptions(ruleId, Map.copyOf(values), Map.of());
  }

  /** Every option as written, for rules with options of their own shape. */
  public Map<String, Object> asMap() {
    return values;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  public Set<String> names() {
    return values.keySet();
  }

  public Optional<Object> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** A whole number option, e.g. LL401's {@code budgetPercent}. */
  public long getLong(String name, long defaultValue) {
    Object v = values.get(name);
    if (v == null) return defaultValue;
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue(); // Integer: options built in code (the Maven plugin's parameters)
    }
    if (v instanceof Double d && d == Math.rint(d)) return d.longValue();
    throw wrong(name, "a whole number", v);
  }

  public int getInt(String name, int defaultValue) {
    long v = getLong(name, defaultValue);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw wrong(name, "a whole number", v);
    return (int) v;
  }

  /** An int option that must lie in {@code [min, max]}. */
  public int getInt(String name, int defaultValue, int min, int max) {
    int v = getInt(name, defaultValue);
    if (v < min || v > max) throw wrong(name, "a whole number from " + min + " to " + max, v);
    return v;
  }

  public double getDouble(String name, double defaultValue) {
    Object v = values.get(name);
    if (v == null) return defaultValue;
    if (v instanceof Number n) return n.doubleValue();
    throw wrong(name, "a number", v);
  }

  public boolean getBoolean(String name, boolean defaultValue) {
    Object v = values.get(name);
    if (v == null) return defaultValue;
    if (v instanceof Boolean b) return b;
    throw wrong(name, "true or false", v);
  }

  public String getString(String name, String defaultValue) {
    Object v = values.get(name);
    if (v == null) return defaultValue;
    if (v instanceof String s) return s;
    throw wrong(name, "a string", v);
  }

  /** A list of strings; a single string counts as a list of one. */
  public List<String> getStrings(String name, List<String> defaultValue) {
    Object v = values.get(name);
    if (v == null) return defaultValue;
    if (v instanceof String s) return List.of(s);
    if (v instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(String.class::cast).toList();
    }
    throw wrong(name, "a list of strings", v);
  }

  /**
   * Fails on the first option written in the configuration file whose name is not in
   * {@code known}, with its file and line and the nearest known name. Options set in code are
   * not checked.
   */
  public void checkNames(java.util.Collection<String> known) {
    for (String name : values.keySet()) {
      String where = origins.get(name);
      if (where == null || known.contains(name)) continue;
      java.util.List<String> sorted = known.stream().sorted().toList();
      String hint = RuleLookup.closest(name, sorted).map(s -> "; did you mean '" + s + "'?")
          .orElse("; it takes " + String.join(", ", sorted));
      throw new ConfigException(where + ": unknown option '" + name + "' of rule " + ruleId + hint);
    }
  }

  private ConfigException wrong(String name, String expected, Object actual) {
    String where = origins.getOrDefault(name, "");
    return new ConfigException((where.isEmpty() ? "" : where + ": ") + "option '" + name + "' of rule "
        + ruleId + " must be " + expected + ", not " + describe(actual));
  }

  private static String describe(Object v) {
    if (v instanceof String s) return "'" + s + "'";
    if (v instanceof List<?>) return "a list";
    if (v instanceof Map<?, ?>) return "a mapping";
    return String.valueOf(v);
  }

  @Override
  public String toString() {
    return ruleId + " " + values;
  }
}
