package dev.lambdalint.core.config;

import dev.lambdalint.core.model.RuleOption;
import java.util.List;
import java.util.Map;
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
  /** No options: every value is its declared default. */
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

  /** A rule's options built in code (tests); in a run they are checked like written ones. */
  public static RuleOptions of(String ruleId, Map<String, Object> values) {
    return new RuleOptions(ruleId, Map.copyOf(values), Map.of());
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
      case WHOLE_NUMBER -> Integer.valueOf(wholeNumber(option, v));
      case BOOLEAN -> {
        if (v instanceof Boolean b) yield b;
        throw wrong(name, option.expected(), v);
      }
      case STRING -> {
        if (v instanceof String text) yield text;
        throw wrong(name, option.expected(), v);
      }
    };
  }

  /** A whole number in the declared range: YAML's integers, or a float without a fraction (70.0). */
  private int wholeNumber(RuleOption<?> option, Object v) {
    long n;
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      n = ((Number) v).longValue();
    } else if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      n = d.longValue();
    } else {
      throw wrong(option.name(), option.expected(), v);
    }
    if (n < option.min() || n > option.max()) throw wrong(option.name(), option.expected(), v);
    return (int) n;
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
