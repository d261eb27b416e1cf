package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/** Clients built inside the loop over the batch: paid for every message, not once per invocation. */
public class IngestHandler implements RequestHandler<SQSEvent, Void> {

  @Override
  public Void handleRequest(SQSEvent event, Context context) {
    SnsClient sns = SnsClient.create();  // expect: LL101 SnsClient is built on every invocation of IngestHandler.handleRequest
    for (SQSEvent.SQSMessage message : event.getRecords()) {
      S3Client s3 = S3Client.create();  // expect: LL101 S3Client is built for every record that IngestHandler.handleRequest handles
      s3.close();
    }
    event.getRecords().forEach(message -> {
      DynamoDbClient dynamo = DynamoDbClient.builder()  // expect: LL101 DynamoDbClient is built for every record
          .httpClient(UrlConnectionHttpClient.create())
          .build();
      dynamo.close();
    });
    List<String> bodies = event.getRecords().stream()
        .map(m -> new ObjectMapper().valueToTree(m.getBody()).toString())  // expect: LL101 ObjectMapper is built for every record
        .toList();
    int i = 0;
    while (i < bodies.size()) {
      SnsClient perBody = SnsClient.builder().build();  // expect: LL101 SnsClient is built for every record
      perBody.close();
      i++;
    }
    event.getRecords().forEach(this::archive);
    sns.close();
    return null;
  }

  private void archive(SQSEvent.SQSMessage message) {
    S3Client s3 = S3Client.builder().build();  // expect: LL101 S3Client is built for every record that IngestHandler.handleRequest handles
    s3.close();
  }
}
