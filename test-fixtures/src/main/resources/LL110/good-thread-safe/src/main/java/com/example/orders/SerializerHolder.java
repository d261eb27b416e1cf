package com.example.orders;

/** Lazy initialisation under a flag and by early return: set once, on the first request. */
class SerializerHolder {
  private static Object serializer;
  private static boolean initialized;

  static Object get() {
    if (!initialized) {
      serializer = load();
    }
    return serializer;
  }

  private static Object load() {
    if (serializer != null) {
      return serializer;
    }
    initialized = true;
    return new Object();
  }
}
