package com.example.app;

public class Application {
  public static void main(String[] args) {}
}
