package dev.lambdalint.core.template;

import java.util.Optional;

/**
 * A Lambda layer the template defines: {@code AWS::Serverless::LayerVersion} with its
 * {@code ContentUri}, or {@code AWS::Lambda::LayerVersion} with its {@code Content}.
 *
 * @param resource the layer version resource
 */
public record Layer(Resource resource) {
  public static final String SAM_TYPE = "AWS::Serverless::LayerVersion";
  public static final String CFN_TYPE = "AWS::Lambda::LayerVersion";

  public static Optional<Layer> of(Resource resource) {
    return resource != null && resource.isType(SAM_TYPE, CFN_TYPE) ? Optional.of(new Layer(resource)) : Optional.empty();
  }

  public String logicalId() {
    return resource.logicalId();
  }

  /**
   * Where the layer's content is: a local folder or archive ({@code ContentUri: layers/deps},
   * {@code Content: build/layer.zip}), S3 ({@code s3://…}, {@code S3Bucket}/{@code Bucket}), or
   * NONE when unset or not knowable.
   */
  public CodeLocation content() {
    String key = resource.isType(SAM_TYPE) ? "ContentUri" : "Content";
    return resource.properties().entry(key).map(e -> CodeLocation.of(resource.template(), key, e)).orElse(CodeLocation.NONE);
  }
}
