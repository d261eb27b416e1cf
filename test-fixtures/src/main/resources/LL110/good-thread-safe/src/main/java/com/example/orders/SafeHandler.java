package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

public class SafeHandler implements RequestHandler<Map<String, String>, String> {
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
  private static final AtomicLong HANDLED = new AtomicLong();
  private static final ThreadLocal<SimpleDateFormat> DATES = ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd"));
  private static final List<String> ALLOWED = List.of("a", "b");
  private static final Map<String, Integer> TABLE;

  static {
    TABLE = new HashMap<>();
    TABLE.put("x", 1); // a static block is init code
  }

  private final LongAdder bytes = new LongAdder();
  private final List<String> recent = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, Integer> tallies = new HashMap<>();
  private final List<String> log = new ArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Object guard = new Object();
  private volatile boolean warm;
  private Pricing pricing;
  private String region;

  public SafeHandler() {
    region = System.getenv("AWS_REGION"); // the constructor runs once, at init
    log.add("started");
  }

  @Override
  public String handleRequest(Map<String, String> order, Context context) {
    CACHE.put(order.get("id"), order.get("sku"));
    HANDLED.incrementAndGet();
    bytes.add(order.size());
    recent.add(order.get("id"));
    String day = DATES.get().format(new Date());
    warm = true;
    if (pricing == null) {
      pricing = new Pricing();
    }
    count(order.get("sku"));
    lock.lock();
    try {
      log.add(order.get("id"));
    } finally {
      lock.unlock();
    }
    synchronized (guard) {
      region = order.get("region");
      tally(order.get("sku"));
    }
    Batch batch = new Batch();
    batch.add(order.get("id"));
    int local = 0;
    local++;
    Map<String, String> scratch = new HashMap<>();
    scratch.put("k", "v");
    writeReport(order, context);
    SerializerHolder.get();
    return day + ALLOWED.size() + TABLE.get("x") + local + scratch.size();
  }

  /** Called only inside synchronized (guard): guarded by its caller. */
  private void tally(String sku) {
    tallies.put(sku, 1);
  }

  private synchronized void count(String sku) {
    counts.merge(sku, 1, Integer::sum);
  }

  private void writeReport(Map<String, String> order, Context context) {
    try {
      Path unique = Files.createTempFile("report", ".csv");
      Files.writeString(unique, order.toString());
      Files.writeString(Path.of("/tmp", context.getAwsRequestId() + ".json"), order.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
