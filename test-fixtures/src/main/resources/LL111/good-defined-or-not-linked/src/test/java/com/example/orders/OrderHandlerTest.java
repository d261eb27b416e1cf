package com.example.orders;

class OrderHandlerTest {
  String bucket() {
    return System.getenv("TEST_BUCKET");
  }
}
