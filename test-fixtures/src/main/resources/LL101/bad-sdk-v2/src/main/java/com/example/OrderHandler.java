package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;

public class OrderHandler implements RequestHandler<String, String> {

  @Override
  public String handleRequest(String input, Context context) {
    // expect: LL101 S3Client is built on every invocation of OrderHandler.handleRequest
    S3Client s3 = S3Client
        .builder()
        .region(Region.EU_WEST_1)
        .build();
    DynamoDbClient dynamo = DynamoDbClient.create();  // expect: LL101 DynamoDbClient
    S3AsyncClient async = S3AsyncClient.builder().build();  // expect: LL101 S3AsyncClient
    DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder()  // expect: LL101 DynamoDbEnhancedClient
        .dynamoDbClient(dynamo)
        .build();
    var sqs = software.amazon.awssdk.services.sqs.SqsClient.create();  // expect: LL101 SqsClient
    return s3.toString() + async + enhanced + sqs;
  }
}
