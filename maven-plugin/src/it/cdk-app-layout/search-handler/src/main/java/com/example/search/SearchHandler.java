package com.example.search;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** GET /search?term=… behind the REST API: looks the term up in the index table. */
public class SearchHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
  private static final String TABLE = System.getenv("INDEX_TABLE");

  @Override
  public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
    String term = request.getQueryStringParameters() == null ? null : request.getQueryStringParameters().get("term");
    if (term == null || term.isBlank()) {
      return new APIGatewayProxyResponseEvent().withStatusCode(400).withBody("{\"error\":\"term is required\"}");
    }
    DynamoDbClient dynamo = DynamoDbClient.create(); // expect: LL101
    GetItemResponse item = dynamo.getItem(GetItemRequest.builder()
        .tableName(TABLE)
        .key(Map.of("term", AttributeValue.fromS(term.toLowerCase())))
        .build());
    if (!item.hasItem()) {
      return new APIGatewayProxyResponseEvent().withStatusCode(404).withBody("{\"hits\":[]}");
    }
    return new APIGatewayProxyResponseEvent().withStatusCode(200).withBody(item.item().get("hits").s());
  }
}
