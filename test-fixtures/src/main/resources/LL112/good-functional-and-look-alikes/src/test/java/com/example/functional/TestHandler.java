package com.example.functional;

import software.amazon.lambda.powertools.logging.Logging;

class TestHandler {
  @Logging
  String handle(String input) {
    return input;
  }
}
