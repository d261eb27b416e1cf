package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Creates an order. Its clients are built once, at init: the way lambdalint wants it. But it
 * waits for the pricing function on every request.
 */
public class CreateOrderHandler
    implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

  private static final DynamoDbClient DYNAMO = DynamoDbClient.create();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LambdaClient LAMBDA = LambdaClient.create();
  private static final String PRICING = System.getenv("PRICING_FUNCTION");
  /** Which container wrote an order, for tracing duplicates. */
  private static final String WRITER_ID = UUID.randomUUID().toString();  // expect: LL108

  private final SqsClient sqs;

  public CreateOrderHandler() {
    this.sqs = SqsClient.builder().build();
  }

  @Override
  public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
    String orderId = UUID.randomUUID().toString();
    String price = LAMBDA.invoke(InvokeRequest.builder()  // expect: LL102 CreateOrderFunction (CreateOrderHandler.handleRequest) invokes PricingFunction
        .functionName(PRICING)
        .payload(SdkBytes.fromUtf8String(request.getBody()))
        .build()).payload().asUtf8String();
    DYNAMO.putItem(PutItemRequest.builder()
        .tableName(System.getenv("TABLE_NAME"))
        .item(Map.of("orderId", AttributeValue.fromS(orderId), "body", AttributeValue.fromS(request.getBody()),
            "price", AttributeValue.fromS(price), "writer", AttributeValue.fromS(WRITER_ID)))
        .build());
    sqs.sendMessage(b -> b.queueUrl(System.getenv("QUEUE_URL")).messageBody(orderId));
    return new APIGatewayProxyResponseEvent().withStatusCode(201).withBody(toJson(Map.of("orderId", orderId)));
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
