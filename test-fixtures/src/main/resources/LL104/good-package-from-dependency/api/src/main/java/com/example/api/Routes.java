package com.example.api;

/** The application's code; the Lambda entry point comes from the adapter dependency. */
public class Routes {
  public String hello() {
    return "hello";
  }
}
