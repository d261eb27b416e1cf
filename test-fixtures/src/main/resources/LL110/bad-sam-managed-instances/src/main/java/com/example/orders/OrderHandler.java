package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class OrderHandler implements RequestHandler<Map<String, String>, String> {
  private static int handled;
  private static final Path SNAPSHOT = Path.of("/tmp/orders-snapshot.json");

  private String lastOrderId;
  private long total;
  private final Map<String, Integer> seen = new HashMap<>();
  private final List<String> recent;
  private final StringBuilder audit = new StringBuilder();
  private final SimpleDateFormat dates = new SimpleDateFormat("yyyy-MM-dd");
  private final PriceBook prices = new PriceBook();
  private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();

  public OrderHandler() {
    recent = new ArrayList<>();
    lastOrderId = "none"; // the constructor runs once, at init
  }

  @Override
  public String handleRequest(Map<String, String> order, Context context) {
    handled++; // expect: LL110 OrderHandler.handleRequest updates the static field handled on every request
    lastOrderId = order.get("id"); // expect: LL110 writes the instance field lastOrderId on every request, but OrdersFunction runs on Lambda Managed Instances, where one OrderHandler object serves up to 64 requests at once
    this.total += Long.parseLong(order.get("amount")); // expect: LL110 total
    seen.put(lastOrderId, 1); // expect: LL110 calls seen.put() on every request, but seen is a HashMap, which is not thread-safe
    record(order);
    synchronized (this) {
      tally(order); // guarded here, but tally is also called without a guard below
    }
    tally(order);
    String day = dates.format(new Date()); // expect: LL110 dates is a SimpleDateFormat
    prices.update(order.get("sku"), order.get("price"));
    lock.lock();
    try {
      handled--; // under the lock
    } finally {
      lock.unlock();
    }
    lastOrderId = null; // expect: LL110 writes the instance field lastOrderId
    return day;
  }

  private void tally(Map<String, String> order) {
    seen.remove(order.get("old")); // expect: LL110 calls seen.remove()
  }

  private void record(Map<String, String> order) {
    recent.add(order.get("id")); // expect: LL110 calls recent.add() on every request, but recent is an ArrayList
    audit.append(order.get("id")).append('\n'); // expect: LL110 audit is a StringBuilder
    try {
      Files.writeString(SNAPSHOT, order.toString()); // expect: LL110 writes /tmp/orders-snapshot.json on every request
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
