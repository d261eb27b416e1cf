package dev.lambdalint.core.template;

import java.util.Optional;

/**
 * A bucket, queue or topic of the template, read as something a function can write to and be
 * triggered by: what it is called in messages, its literal name, and the IAM action that writes to
 * it ({@code s3:PutObject}, {@code sqs:SendMessage}, {@code sns:Publish}).
 *
 * @param resource the bucket, queue or topic
 */
public record WriteTarget(Resource resource, Kind kind) {

  /** The kinds of target. */
  public enum Kind {
    BUCKET("AWS::S3::Bucket", "bucket", "BucketName", "s3:PutObject"),
    QUEUE(SqsQueue.TYPE, "queue", "QueueName", "sqs:SendMessage"),
    TOPIC("AWS::SNS::Topic", "topic", "TopicName", "sns:Publish");

    private final String type;
    private final String noun;
    private final String nameProperty;
    private final String writeAction;

    Kind(String type, String noun, String nameProperty, String writeAction) {
      this.type = type;
      this.noun = noun;
      this.nameProperty = nameProperty;
      this.writeAction = writeAction;
    }

    /** The CloudFormation resource type. */
    public String type() {
      return type;
    }
  }

  /** The bucket, queue or topic {@code resource} is; empty for every other resource. */
  public static Optional<WriteTarget> of(Resource resource) {
    if (resource == null) return Optional.empty();
    for (Kind kind : Kind.values()) {
      if (resource.isType(kind.type)) return Optional.of(new WriteTarget(resource, kind));
    }
    return Optional.empty();
  }

  public String logicalId() {
    return resource.logicalId();
  }

  /** {@code bucket}, {@code queue} or {@code topic}. */
  public String noun() {
    return kind.noun;
  }

  /** The IAM action that writes to it: {@code s3:PutObject}, {@code sqs:SendMessage}, {@code sns:Publish}. */
  public String writeAction() {
    return kind.writeAction;
  }

  /** Its literal {@code BucketName} / {@code QueueName} / {@code TopicName}; empty when unset or not knowable. */
  public Optional<String> name() {
    return resource.properties().get(kind.nameProperty).flatMap(resource.template()::literal);
  }
}
