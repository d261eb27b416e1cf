package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Every client is built once per execution environment. */
public class WellBehavedHandler implements RequestHandler<String, String> {
  private static final DynamoDbClient DYNAMO = DynamoDbClient.builder().build();
  private static final HttpClient HTTP;
  private final ObjectMapper mapper = new ObjectMapper();
  private final S3Client s3;
  private SqsClient sqs;
  private static SnsClient sns;

  static {
    HTTP = HttpClient.newHttpClient();
  }

  public WellBehavedHandler() {
    this.s3 = S3Client.create();
  }

  @Override
  public String handleRequest(String input, Context context) {
    if (sqs == null) {
      sqs = SqsClient.create();
    }
    return DYNAMO.toString() + HTTP + mapper + s3 + sqs + topics();
  }

  private static SnsClient topics() {
    if (sns == null) sns = SnsClient.create();
    return sns;
  }

  /** Local runs only: not on the invocation path. */
  public static void main(String[] args) {
    S3Client local = S3Client.create();
    System.out.println(new WellBehavedHandler().handleRequest(local.toString(), null));
  }
}
