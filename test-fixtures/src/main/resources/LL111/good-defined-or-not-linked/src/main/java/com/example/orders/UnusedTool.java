package com.example.orders;

/** A class no handler uses. */
public class UnusedTool {
  private static final String OUTPUT = System.getenv("TOOL_OUTPUT");

  public String output() {
    return OUTPUT + System.getenv("TOOL_MODE");
  }
}
