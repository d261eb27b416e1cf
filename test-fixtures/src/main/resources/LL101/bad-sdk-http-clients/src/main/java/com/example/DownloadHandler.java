package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.crt.AwsCrtAsyncHttpClient;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The SDK's HTTP clients are connection pools: built by hand per invocation, each pays again. */
public class DownloadHandler implements RequestHandler<String, String> {

  @Override
  public String handleRequest(String key, Context context) {
    // expect: LL101 ApacheHttpClient is built on every invocation of DownloadHandler.handleRequest
    SdkHttpClient apache = ApacheHttpClient.builder()
        .connectionTimeout(Duration.ofSeconds(2))
        .build();
    SdkHttpClient plain = ApacheHttpClient.create();  // expect: LL101 ApacheHttpClient
    SdkHttpClient url = UrlConnectionHttpClient.create();  // expect: LL101 UrlConnectionHttpClient
    SdkAsyncHttpClient netty = NettyNioAsyncHttpClient.builder().maxConcurrency(50).build();  // expect: LL101 NettyNioAsyncHttpClient
    SdkHttpClient crt = AwsCrtHttpClient.create();  // expect: LL101 AwsCrtHttpClient
    SdkAsyncHttpClient crtAsync = AwsCrtAsyncHttpClient.builder().build();  // expect: LL101 AwsCrtAsyncHttpClient
    // One construction, reported once: the HTTP client is part of the S3 client it is built for.
    S3Client s3 = S3Client.builder().httpClient(ApacheHttpClient.builder().build()).build();  // expect: LL101 S3Client
    return apache.clientName() + plain + url + netty + crt + crtAsync + s3;
  }
}
