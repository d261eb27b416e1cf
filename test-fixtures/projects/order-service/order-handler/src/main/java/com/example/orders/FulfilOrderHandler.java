package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Fulfils orders from the queue and reports the messages it could not process. Builds its clients
 * on every invocation, and its event source ignores the report: lambdalint says so.
 */
public class FulfilOrderHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    DynamoDbClient dynamo = DynamoDbClient.create();  // expect: LL101 DynamoDbClient
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    for (SQSEvent.SQSMessage message : event.getRecords()) {
      try {
        dynamo.updateItem(b -> b.tableName(System.getenv("TABLE_NAME")));
        writeReceipt(message.getBody());
      } catch (RuntimeException e) {
        failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
      }
    }
    return new SQSBatchResponse(failures);
  }

  private void writeReceipt(String body) {
    S3Client s3 = S3Client.builder()  // expect: LL101 S3Client
        .region(Region.EU_WEST_1)
        .build();
    // Receipts go under a prefix per environment; the template never sets it, so keys start "null".
    String prefix = System.getenv("RECEIPTS_PREFIX");  // expect: LL111 RECEIPTS_PREFIX
    s3.putObject(b -> b.bucket(System.getenv("RECEIPTS_BUCKET")).key(prefix + orderId(body)), RequestBody.fromString(body));
  }

  private static String orderId(String body) {
    try {
      JsonNode json = new ObjectMapper().readTree(body);  // expect: LL101 ObjectMapper
      return json.get("orderId").asText();
    } catch (Exception e) {
      throw new IllegalArgumentException("not an order: " + body, e);
    }
  }
}
