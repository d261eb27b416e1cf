package com.example;

import java.time.Instant;

public abstract class BaseHandler {
  protected final Instant createdAt = Instant.now(); // expect: LL108 Instant.now() (the time of init) is kept in field createdAt by the init code of OrderHandler, and SnapStart is on for OrdersFunction
}
