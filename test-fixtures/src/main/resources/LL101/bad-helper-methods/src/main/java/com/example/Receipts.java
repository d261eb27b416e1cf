package com.example;

import software.amazon.awssdk.services.ses.SesClient;

final class Receipts {
  private Receipts() {}

  static void send(int count) {
    SesClient ses = SesClient.builder().build();  // expect: LL101 SesClient
    ses.close();
  }
}
