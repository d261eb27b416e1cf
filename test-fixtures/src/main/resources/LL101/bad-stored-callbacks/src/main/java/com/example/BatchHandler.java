package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The constructor stores callbacks that run for every message of every invocation (the pattern
 * of batch utilities): what they build, they build per message.
 */
public class BatchHandler implements RequestHandler<SQSEvent, Void> {
  private final Consumer<SQSEvent.SQSMessage> onMessage;
  private final Consumer<String> onFailure;
  private final List<SqsClient> warmed;

  public BatchHandler() {
    onMessage = this::process;
    this.onFailure = reason -> SnsClient.create().close();  // expect: LL101 SnsClient
    // Called here, at init: whatever preload builds, it builds once.
    warmed = List.of("a", "b").stream().map(this::preload).toList();
  }

  @Override
  public Void handleRequest(SQSEvent event, Context context) {
    event.getRecords().forEach(onMessage);
    return null;
  }

  private void process(SQSEvent.SQSMessage message) {
    DynamoDbClient dynamo = DynamoDbClient.create();  // expect: LL101 DynamoDbClient is built on every invocation of BatchHandler.handleRequest
    dynamo.close();
    if (message.getBody().isEmpty()) onFailure.accept("empty");
  }

  private SqsClient preload(String name) {
    return SqsClient.create();
  }
}
