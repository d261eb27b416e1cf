package com.example;

/** Named by the template's Handler. */
public class Hello {
  public String handleRequest(String name) {
    return "Hello " + name;
  }
}
