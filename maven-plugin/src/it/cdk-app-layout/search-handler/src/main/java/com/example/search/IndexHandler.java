package com.example.search;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Drains the inbox queue: each message is a document to index. Failed messages are reported one by
 * one in an SQSBatchResponse (the client is made once, at init).
 */
public class IndexHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
  private static final DynamoDbClient DYNAMO = DynamoDbClient.create();
  private static final String TABLE = System.getenv("INDEX_TABLE");

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    for (SQSEvent.SQSMessage message : event.getRecords()) {
      try {
        index(message.getBody());
      } catch (RuntimeException e) {
        context.getLogger().log("cannot index " + message.getMessageId() + ": " + e.getMessage());
        failures.add(SQSBatchResponse.BatchItemFailure.builder()
            .withItemIdentifier(message.getMessageId()).build());
      }
    }
    return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
  }

  private void index(String document) {
    String[] parts = document.split("\t", 2);
    if (parts.length != 2) throw new IllegalArgumentException("expected TERM<tab>HITS");
    DYNAMO.putItem(PutItemRequest.builder()
        .tableName(TABLE)
        .item(Map.of("term", AttributeValue.fromS(parts[0].toLowerCase()), "hits", AttributeValue.fromS(parts[1])))
        .build());
  }
}
