package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.example.fake.S3Client;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

public class LookalikeHandler implements RequestHandler<String, String> {
  private static final DynamoDbClient DYNAMO = DynamoDbClient.create();

  @Override
  public String handleRequest(String input, Context context) {
    S3Client fake = S3Client.create();
    S3Client alsoFake = S3Client.builder().build();
    // A builder that is never built is not a client.
    var pending = software.amazon.awssdk.services.sqs.SqsClient.builder();
    return fake.toString() + alsoFake + pending + DYNAMO.listTables();
  }
}
