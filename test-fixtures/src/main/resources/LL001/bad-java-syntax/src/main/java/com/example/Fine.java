package com.example;

/** Parses fine: its neighbour's syntax error costs only that file. */
public record Fine(String name) {
  public String greeting() {
    return switch (name.length()) {
      case 0 -> "hello";
      default -> """
          hello %s
          """.formatted(name);
    };
  }
}
