package com.example;

public class App {
  public String handleRequest(String in) {
    return in;
  }
}
