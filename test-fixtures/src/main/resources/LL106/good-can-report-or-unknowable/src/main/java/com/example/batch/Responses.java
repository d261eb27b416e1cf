package com.example.batch;

import java.util.Map;

final class Responses {
  private Responses() {}

  static Map<String, Object> empty() {
    return Map.of();
  }
}
