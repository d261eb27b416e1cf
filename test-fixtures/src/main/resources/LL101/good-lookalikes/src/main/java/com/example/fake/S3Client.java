package com.example.fake;

/** Our own class that happens to share the SDK's name: cheap, not an AWS client. */
public final class S3Client {
  public static S3Client create() {
    return new S3Client();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder {
    public S3Client build() {
      return new S3Client();
    }
  }
}
