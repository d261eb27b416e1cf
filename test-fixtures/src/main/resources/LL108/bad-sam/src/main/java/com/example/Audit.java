package com.example;

import java.util.Date;

/** Built by OrderHandler's field initialiser: its own init code runs at init too. */
public class Audit {
  private final Date created = new Date(); // expect: LL108 new Date() (the time of init) is kept in field created

  public Date created() {
    return created;
  }
}
