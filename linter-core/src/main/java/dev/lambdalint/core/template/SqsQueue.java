package dev.lambdalint.core.template;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An {@code AWS::SQS::Queue} of a template, read as the settings the event-source rules talk about.
 *
 * @param resource the queue resource
 */
public record SqsQueue(Resource resource) {
  public static final String TYPE = "AWS::SQS::Queue";
  /** SQS's default {@code VisibilityTimeout}, in seconds. */
  public static final long DEFAULT_VISIBILITY_TIMEOUT_SECONDS = 30;

  private static final Pattern DEAD_LETTER_NAME = Pattern.compile("dlq|dead[-_ ]?letter|deadletter", Pattern.CASE_INSENSITIVE);

  /** Whether a redrive policy names a dead-letter target, as far as the template tells. */
  public enum Redrive {
    /** A {@code RedrivePolicy} with {@code deadLetterTargetArn}. */
    PRESENT,
    /** No {@code RedrivePolicy}, or one without {@code deadLetterTargetArn}. */
    ABSENT,
    /** A {@code RedrivePolicy} that is an intrinsic the template cannot resolve. */
    UNKNOWN
  }

  public static Optional<SqsQueue> of(Resource resource) {
    return resource != null && resource.isType(TYPE) ? Optional.of(new SqsQueue(resource)) : Optional.empty();
  }

  public String logicalId() {
    return resource.logicalId();
  }

  /** {@code VisibilityTimeout}: defaulted to 30 s when unset; empty when set to something unknowable. */
  public Optional<Setting<Long>> visibilityTimeout() {
    Optional<MapNode.Entry> entry = resource.properties().entry("VisibilityTimeout");
    if (entry.isEmpty()) return Optional.of(Setting.defaulted(DEFAULT_VISIBILITY_TIMEOUT_SECONDS));
    return resource.template().number(entry.get().value()).map(v -> Setting.setBy(v, entry.get().key()));
  }

  /**
   * {@code RedrivePolicy} with a {@code deadLetterTargetArn}: in its object form, as a JSON string,
   * as a {@code Fn::Sub} of a JSON string, or through {@code Fn::ToJsonString}.
   */
  public Redrive redrive() {
    Optional<Node> policy = resource.properties().get("RedrivePolicy");
    if (policy.isEmpty()) return Redrive.ABSENT;
    return redriveOf(resource.template().resolve(policy.get()));
  }

  private static Redrive redriveOf(Node policy) {
    Optional<String> intrinsic = policy.intrinsicName();
    if (intrinsic.isEmpty()) {
      if (policy instanceof MapNode m) return m.has("deadLetterTargetArn") ? Redrive.PRESENT : Redrive.ABSENT;
      return policy.literal().map(s -> s.contains("deadLetterTargetArn") ? Redrive.PRESENT : Redrive.ABSENT).orElse(Redrive.ABSENT);
    }
    Node arg = policy.intrinsicArgument().orElseThrow();
    switch (intrinsic.get()) {
      case "Fn::Sub" -> {
        Optional<String> text = Sub.of(policy).flatMap(Sub::text);
        return text.map(s -> s.contains("deadLetterTargetArn") ? Redrive.PRESENT : Redrive.ABSENT).orElse(Redrive.UNKNOWN);
      }
      case "Fn::ToJsonString" -> {
        return redriveOf(arg);
      }
      default -> {
        return Redrive.UNKNOWN;
      }
    }
  }

  /** The queue's literal {@code QueueName}, if any. */
  public Optional<String> queueName() {
    return resource.properties().get("QueueName").flatMap(resource.template()::literal);
  }

  /** Whether its logical id or literal name says it is a dead-letter queue ({@code OrdersDLQ}, {@code dead-letter-queue}). */
  public boolean isNamedAsDeadLetterQueue() {
    return DEAD_LETTER_NAME.matcher(logicalId()).find()
        || queueName().map(n -> DEAD_LETTER_NAME.matcher(n.toLowerCase(Locale.ROOT)).find()).orElse(false);
  }

  /** Whether the queue itself declares {@code RedriveAllowPolicy}: only a dead-letter queue needs one. */
  public boolean hasRedriveAllowPolicy() {
    return resource.properties().has("RedriveAllowPolicy");
  }

  /**
   * Whether the queue is a dead-letter queue as far as the template tells: named as one, allowing
   * sources to redrive to it ({@code RedriveAllowPolicy}), or used by some resource of the template
   * as its dead-letter or on-failure target ({@link Template#isDeadLetterTarget}).
   */
  public boolean isDeadLetterQueue() {
    return isNamedAsDeadLetterQueue() || hasRedriveAllowPolicy() || resource.template().isDeadLetterTarget(resource);
  }
}
