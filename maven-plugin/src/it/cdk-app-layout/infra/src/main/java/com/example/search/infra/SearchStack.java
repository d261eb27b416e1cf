package com.example.search.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;
import java.util.Map;

/**
 * The search service: documents arrive on the Inbox queue, the Indexer function writes them to the
 * index table, and the search API (see {@link SearchApi}) reads it.
 */
public class SearchStack extends Stack {
  /** Built by `mvn package` in ../search-handler before `cdk synth`. */
  static final String HANDLER_JAR = "../search-handler/target/search-handler.jar";

  public SearchStack(final Construct scope, final String id, final StackProps props) {
    super(scope, id, props);

    Table index = Table.Builder.create(this, "Index")
        .partitionKey(Attribute.builder().name("term").type(AttributeType.STRING).build())
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .removalPolicy(RemovalPolicy.DESTROY)
        .build();

    Queue deadLetters = Queue.Builder.create(this, "InboxDeadLetters")
        .retentionPeriod(Duration.days(14))
        .build();

    Queue inbox = Queue.Builder.create(this, "Inbox")
        .visibilityTimeout(Duration.seconds(60)) // expect: LL205
        .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(5).build())
        .build();

    Function indexer = Function.Builder.create(this, "Indexer")
        .runtime(Runtime.JAVA_21)
        .handler("com.example.search.IndexHandler::handleRequest")
        .code(Code.fromAsset(HANDLER_JAR))
        .memorySize(1024)
        .timeout(Duration.seconds(30))
        .tracing(Tracing.ACTIVE)
        .environment(Map.of("INDEX_TABLE", index.getTableName()))
        .logGroup(LogGroup.Builder.create(this, "IndexerLogs").retention(RetentionDays.ONE_MONTH).build())
        .build();
    index.grantWriteData(indexer);

    // The handler returns an SQSBatchResponse, but the mapping does not ask for it.
    indexer.addEventSource(new SqsEventSource(inbox, SqsEventSourceProps.builder() // expect: LL105
        .batchSize(10)
        .build()));

    new SearchApi(this, "Api", index, HANDLER_JAR);
  }
}
