package com.example;

public class Broken {
  public String handleRequest(String input) {
    return input.trim(;  // expect: LL001
  }
}
