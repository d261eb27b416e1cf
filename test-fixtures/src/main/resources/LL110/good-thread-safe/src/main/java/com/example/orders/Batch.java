package com.example.orders;

import java.util.ArrayList;
import java.util.List;

/** Built per request (in handleRequest): its fields belong to one request. */
class Batch {
  private final List<String> ids = new ArrayList<>();
  private int size;

  void add(String id) {
    ids.add(id);
    size++;
  }
}
