package com.example;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

public class PaymentRepository {

  void save(String payment) {
    try (DynamoDbClient dynamo = DynamoDbClient.create()) {  // expect: LL101 DynamoDbClient
      dynamo.listTables();
    }
  }
}
