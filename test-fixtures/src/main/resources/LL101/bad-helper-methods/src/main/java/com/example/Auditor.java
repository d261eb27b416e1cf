package com.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Built per invocation by the handler, so its instance field initialiser runs per invocation too. */
class Auditor {
  private final ObjectMapper mapper = new ObjectMapper();  // expect: LL101 ObjectMapper

  String audit(List<String> payments) {
    try {
      return mapper.writeValueAsString(payments);
    } catch (Exception e) {
      return "";
    }
  }
}
