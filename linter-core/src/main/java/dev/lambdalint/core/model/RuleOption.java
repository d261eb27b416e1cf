package dev.lambdalint.core.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One option a rule reads from {@code rules: <id>: options:} of {@code .lambdalint.yml}, declared
 * once with its name, type, default and range as a {@code static final} field of the rule class
 * (as PMD's property descriptors): the registry finds the rule's fields, configuration validation
 * checks what the user wrote against them (an unknown name, a value of the wrong type or out of
 * range stops the run naming the file, line and column), {@code lambdalint explain} and
 * {@code docs/rules.md} list them, and the rule reads its value through the declaration:
 *
 * <pre>{@code
 * static final RuleOption<Integer> BUDGET =
 *     RuleOption.wholeNumber("budgetPercent", 80, 1, 100, "the warning budget, in percent of a limit");
 * ...
 * int budget = context.option(BUDGET);
 * }</pre>
 *
 * <p>Options are compared by identity: each declaration belongs to the one rule class that holds it.
 */
public final class RuleOption<T> {
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  /** What a value must be. */
  public enum Type {
    WHOLE_NUMBER("whole number"),
    BOOLEAN("boolean"),
    STRING("string");

    private final String label;

    Type(String label) {
      this.label = label;
    }

    /** How the docs name the type: {@code whole number}. */
    public String label() {
      return label;
    }
  }

  private final String name;
  private final Type type;
  private final T defaultValue;
  private final long min;
  private final long max;
  private final String description;

  private RuleOption(String name, Type type, T defaultValue, long min, long max, String description) {
    if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("option name must be camelCase: " + name);
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("option " + name + " needs a description");
    }
    this.name = name;
    this.type = type;
    this.defaultValue = Objects.requireNonNull(defaultValue);
    this.min = min;
    this.max = max;
    this.description = description.strip();
  }

  /** A whole number from {@code min} to {@code max}, {@code defaultValue} among them. */
  public static RuleOption<Integer> wholeNumber(String name, int defaultValue, int min, int max, String description) {
    if (min > max || defaultValue < min || defaultValue > max) {
      throw new IllegalArgumentException("option " + name + ": default " + defaultValue + " outside " + min + ".." + max);
    }
    return new RuleOption<>(name, Type.WHOLE_NUMBER, defaultValue, min, max, description);
  }

  /** {@code true} or {@code false}. */
  public static RuleOption<Boolean> bool(String name, boolean defaultValue, String description) {
    return new RuleOption<>(name, Type.BOOLEAN, defaultValue, 0, 0, description);
  }

  /** A string. */
  public static RuleOption<String> string(String name, String defaultValue, String description) {
    return new RuleOption<>(name, Type.STRING, defaultValue, 0, 0, description);
  }

  public String name() {
    return name;
  }

  public Type type() {
    return type;
  }

  public T defaultValue() {
    return defaultValue;
  }

  /** The least value a {@link Type#WHOLE_NUMBER} option takes. */
  public long min() {
    return min;
  }

  /** The greatest value a {@link Type#WHOLE_NUMBER} option takes. */
  public long max() {
    return max;
  }

  /** One phrase, no trailing period: what the option changes. */
  public String description() {
    return description;
  }

  /** What a value must be, as error messages say it: {@code a whole number from 1 to 100}. */
  public String expected() {
    return switch (type) {
      case WHOLE_NUMBER -> "a whole number from " + min + " to " + max;
      case BOOLEAN -> "true or false";
      case STRING -> "a string";
    };
  }

  /** Type, range and default, as the docs list them: {@code whole number, 1–100, default 80}. */
  public String summary() {
    String range = type == Type.WHOLE_NUMBER ? ", " + min + "–" + max : "";
    String shownDefault = type == Type.STRING ? "'" + defaultValue + "'" : String.valueOf(defaultValue);
    return type.label() + range + ", default " + shownDefault;
  }

  @Override
  public String toString() {
    return name + " (" + summary() + ")";
  }
}
