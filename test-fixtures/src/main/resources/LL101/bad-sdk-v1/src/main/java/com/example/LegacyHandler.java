package com.example;

import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import com.amazonaws.services.sqs.AmazonSQSClient;

public class LegacyHandler implements RequestHandler<SQSEvent, Void> {

  @Override
  public Void handleRequest(SQSEvent event, Context context) {
    AmazonS3 s3 = AmazonS3ClientBuilder.standard()  // expect: LL101 AmazonS3Client
        .withRegion("eu-west-1")
        .build();
    AmazonDynamoDB dynamo = AmazonDynamoDBClientBuilder.defaultClient();  // expect: LL101 AmazonDynamoDBClient
    AmazonSQSClient sqs = new AmazonSQSClient();  // expect: LL101 AmazonSQSClient
    s3.listBuckets();
    dynamo.listTables();
    sqs.listQueues();
    return null;
  }
}
