package dev.lambdalint.core.template;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A SAM policy template in a function's {@code Policies} ({@code - SQSSendMessagePolicy: {QueueName: …}}).
 *
 * @param name the template's name ({@code SQSSendMessagePolicy})
 * @param value what follows the name: a map of the template's parameters, or {@code {}}
 */
public record PolicyTemplate(String name, Node value) {

  /** What a policy template grants, as far as the rules need it: actions on the resource one parameter names. */
  private record Grants(Set<String> actions, String parameter) {}

  /**
   * The write actions of the SAM policy templates that write to a bucket, queue or topic (SAM's
   * {@code policy_templates.json}): each grants them on the resource its parameter names.
   */
  private static final Map<String, Grants> KNOWN = Map.of(
      "S3CrudPolicy", new Grants(Set.of("s3:putobject"), "BucketName"),
      "S3WritePolicy", new Grants(Set.of("s3:putobject"), "BucketName"),
      "S3FullAccessPolicy", new Grants(Set.of("s3:putobject"), "BucketName"),
      "SQSSendMessagePolicy", new Grants(Set.of("sqs:sendmessage"), "QueueName"),
      "SNSPublishMessagePolicy", new Grants(Set.of("sns:publish"), "TopicName"),
      "SNSCrudPolicy", new Grants(Set.of("sns:publish"), "TopicName"));

  /** The value given for one of the template's parameters ({@code QueueName}). */
  public Optional<Node> parameter(String parameter) {
    return value.asMap().flatMap(m -> m.get(parameter));
  }

  /**
   * The value naming the resource on which this template grants {@code action} ({@code s3:PutObject}
   * by {@code S3CrudPolicy} → its {@code BucketName}); empty when the template is not known to grant it.
   */
  public Optional<Node> resourceGranted(String action) {
    Grants grants = KNOWN.get(name);
    if (grants == null || !grants.actions().contains(action.toLowerCase(Locale.ROOT))) return Optional.empty();
    return parameter(grants.parameter());
  }
}
