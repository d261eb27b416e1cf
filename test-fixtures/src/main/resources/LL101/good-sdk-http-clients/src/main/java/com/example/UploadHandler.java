package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.crt.AwsCrtAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;

/** HTTP clients built once, at init; a builder handed to the SDK client builds nothing by itself. */
public class UploadHandler implements RequestHandler<String, String> {
  private static final SdkHttpClient HTTP = UrlConnectionHttpClient.create();
  private static final S3Client S3 = S3Client.builder()
      .httpClientBuilder(ApacheHttpClient.builder())
      .build();
  private final S3AsyncClient async;

  public UploadHandler() {
    async = S3AsyncClient.builder().httpClient(AwsCrtAsyncHttpClient.builder().build()).build();
  }

  @Override
  public String handleRequest(String key, Context context) {
    // A builder that is never built is no client.
    ApacheHttpClient.Builder pending = ApacheHttpClient.builder();
    return HTTP.clientName() + S3 + async + pending;
  }
}
