package dev.lambdalint.core.java;

/** What a Java string expression is known to hold. */
public sealed interface StringValue {
  StringValue UNKNOWN = new Unknown();

  /** A value the sources spell out. */
  record Literal(String value) implements StringValue {}

  /** The value of an environment variable of the function: {@code System.getenv(name)}. */
  record EnvVariable(String name) implements StringValue {}

  /** Computed, passed in, or one of several values. */
  record Unknown() implements StringValue {}
}
