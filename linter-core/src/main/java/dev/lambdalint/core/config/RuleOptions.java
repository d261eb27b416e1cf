package dev.lambdalint.core.config;

import dev.lambdalint.core.model.RuleOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A rule's options from {@code rules: <id>: options:} in {@code .lambdalint.yml}, as written.
 * The engine checks them against the rule's declarations before any rule runs ({@link #validate}):
 * an unknown name, or a value of the wrong type or out of range, stops the run with a
 * {@link ConfigException} naming the file, line and option, so a typo never silently falls back to
 * the default. Rules read the checked values through their declarations,
 * {@link dev.lambdalint.core.engine.LintContext#option(RuleOption)}.
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
   * The value of a declared option: what the user wrote, checked against the declaration's type
   * and range, else its default.
   *
   * @throws ConfigException when the value is of the wrong type or out of range, naming where it
   *     was written
   */
  @SuppressWarnings("unchecked")
  public <T> T value(RuleOption<T> option) {
    String name = option.name();
    Object v = values.get(name);
    if (v == null) return option.defaultValue();
    return (T) switch (option.type()) {
      case WHOLE_NUMBER -> {
        long n;
        try {
          n = getLong(name, 0);
        } catch (ConfigException e) {
          throw wrong(name, option.expected(), v);
        }
        if (n < option.min() || n > option.max()) throw wrong(name, option.expected(), v);
        yield Integer.valueOf((int) n);
      }
      case BOOLEAN -> Boolean.valueOf(getBoolean(name, false));
      case STRING -> getString(name, "");
    };
  }

  /**
   * Checks every option written against the rule's declarations: fails on the first (in name
   * order) whose name is not declared, with its file and line and the nearest declared name, and
   * on the first whose value does not fit its declaration.
   */
  public void validate(List<RuleOption<?>> declared) {
    List<String> known = declared.stream().map(RuleOption::name).sorted().toList();
    for (String name : new TreeSet<>(values.keySet())) {
      if (known.contains(name)) continue;
      String where = origins.get(name);
      String hint = known.isEmpty() ? "; it takes no options"
          : RuleLookup.closest(name, known).map(s -> "; did you mean '" + s + "'?")
              .orElse("; it takes " + String.join(", ", known));
      throw new ConfigException((where == null ? "" : where + ": ") + "unknown option '" + name + "' of rule "
          + ruleId + hint);
    }
    declared.forEach(this::value);
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
