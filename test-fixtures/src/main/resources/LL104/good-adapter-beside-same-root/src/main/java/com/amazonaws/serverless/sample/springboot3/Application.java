package com.amazonaws.serverless.sample.springboot3;

/** A sample of aws-serverless-java-container: its own code shares the root of the library's adapter. */
public class Application {
  public static void main(String[] args) {
  }
}
