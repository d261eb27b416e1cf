package com.example;

import software.amazon.awssdk.services.s3.S3Client;

/** Not a handler, and no handler calls it: a batch job's code, not on any invocation path. */
public class Maintenance {
  public void cleanUp() {
    S3Client s3 = S3Client.create();
    s3.close();
  }
}
