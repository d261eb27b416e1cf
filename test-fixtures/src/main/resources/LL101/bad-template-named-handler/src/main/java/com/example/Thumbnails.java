package com.example;

import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/** A plain class: the template's Handler makes resize the handler method. */
public class Thumbnails {

  public String resize(Map<String, Object> event) {
    return store(event.toString());
  }

  private String store(String key) {
    S3Client s3 = S3Client.create();  // expect: LL101 S3Client is built on every invocation of Thumbnails.resize
    return s3.toString() + key;
  }

  /** Never called by resize: not on the invocation path. */
  public String unused() {
    return S3Client.create().toString();
  }
}
