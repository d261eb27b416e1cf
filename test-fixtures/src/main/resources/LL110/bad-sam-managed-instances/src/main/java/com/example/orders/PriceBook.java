package com.example.orders;

import java.util.HashMap;
import java.util.Map;

/** Built once, in OrderHandler's field initialiser: every request shares it. */
class PriceBook {
  private final Map<String, String> prices = new HashMap<>();
  private int updates;

  void update(String sku, String price) {
    prices.put(sku, price); // expect: LL110 PriceBook.update calls prices.put()
    updates = updates + 1; // expect: LL110 PriceBook.update writes the instance field updates
  }
}
