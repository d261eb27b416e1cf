package com.example.orders;

/** Reads that run only where the environment says so (sam local, a test stage). */
public class LocalSwitch {
  private static final boolean LOCAL = System.getenv("AWS_SAM_LOCAL") != null;

  static String endpoint() {
    if (System.getenv("AWS_SAM_LOCAL") != null) {
      return System.getenv("LOCAL_ENDPOINT");
    }
    return LOCAL ? System.getenv("LOCAL_TABLE") : "orders";
  }
}
