package com.example.audit;

import java.util.LinkedList;
import java.util.Queue;

/** Named by the template's Handler (no RequestHandler interface): its method is the invocation path. */
public class AuditHandler {
  private static final Queue<String> PENDING = new LinkedList<>();
  private static String lastUser;

  public String handle(String user) {
    AuditHandler.lastUser = user; // expect: LL110 AuditHandler.handle writes the static field lastUser on every request, but AuditFunction runs on Lambda Managed Instances, where one AuditHandler object serves up to 16 requests at once
    PENDING.offer(user); // expect: LL110 PENDING is a LinkedList
    return flush();
  }

  private String flush() {
    return PENDING.poll(); // expect: LL110 calls PENDING.poll()
  }
}
