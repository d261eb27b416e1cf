package com.example;

import software.amazon.awssdk.services.s3.S3Client;

public class InvoiceHandler extends BaseHandler<String, String> {

  @Override
  protected String process(String input) {
    S3Client s3 = S3Client.create();  // expect: LL101 S3Client is built on every invocation of InvoiceHandler.handleRequest
    return s3.toString() + input;
  }
}
