package dev.lambdalint.core.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A subscription of an SNS topic, however the template declares it: a SAM {@code SNS} event of a
 * function, an {@code AWS::SNS::Subscription}, or an item of an {@code AWS::SNS::Topic}'s inline
 * {@code Subscription} list. What the delivery rules talk about: its protocol, the endpoint it
 * delivers to, and whether it has a {@code RedrivePolicy} for messages SNS cannot deliver.
 *
 * @param form how the template declares it
 * @param name the SAM event key, the subscription's logical id, or the topic's logical id (inline)
 * @param anchor where findings about it start: SAM event key, subscription logical-id key, or the
 *     inline list item
 * @param protocol the protocol in lower case ({@code lambda}, {@code sqs}, {@code https}…); empty
 *     when not a literal. A SAM event's is {@code sqs} when it subscribes a queue
 *     ({@code SqsSubscription}), else {@code lambda}
 * @param endpoint the {@code Endpoint} value; for a SAM event, {@code SqsSubscription.QueueArn}
 *     when it names the queue (SAM subscribes the function itself, or a queue it creates, otherwise)
 * @param hasRedrivePolicy whether a {@code RedrivePolicy} is set (never on an inline subscription,
 *     which cannot carry one)
 * @param topic the topic of the template it subscribes to, when known
 * @param subscriber the function whose SAM event declares it
 * @param event the SAM event, for a subscription declared as one
 */
public record SnsSubscription(
    Form form,
    String name,
    Node anchor,
    Optional<String> protocol,
    Optional<Node> endpoint,
    boolean hasRedrivePolicy,
    Optional<Resource> topic,
    Optional<Function> subscriber,
    Optional<EventSource> event,
    Template template) {
  public static final String TYPE = "AWS::SNS::Subscription";
  public static final String TOPIC_TYPE = "AWS::SNS::Topic";

  /** How the template declares a subscription. */
  public enum Form {
    /** A SAM {@code SNS} event under a function's {@code Events}. */
    SAM_EVENT,
    /** An {@code AWS::SNS::Subscription} resource. */
    RESOURCE,
    /** An item of an {@code AWS::SNS::Topic}'s {@code Subscription} list: it cannot carry a redrive policy. */
    TOPIC_INLINE
  }

  static List<SnsSubscription> of(Template template) {
    List<SnsSubscription> result = new ArrayList<>();
    for (Function f : template.functions()) {
      for (EventSource s : f.events()) {
        if (s.isSamEvent() && s.kind() == EventKind.SNS) result.add(samEvent(template, f, s));
      }
    }
    for (Resource r : template.resourcesOfType(TYPE)) {
      MapNode p = r.properties();
      result.add(new SnsSubscription(Form.RESOURCE, r.logicalId(), r.keyNode(), protocol(template, p), p.get("Endpoint"),
          p.has("RedrivePolicy"), template.referencedResource(p.get("TopicArn").orElse(null)), Optional.empty(),
          Optional.empty(), template));
    }
    for (Resource topic : template.resourcesOfType(TOPIC_TYPE)) {
      topic.properties().getList("Subscription").ifPresent(items -> items.items().forEach(item -> item.asMap().ifPresent(m ->
          result.add(new SnsSubscription(Form.TOPIC_INLINE, topic.logicalId(), item, protocol(template, m), m.get("Endpoint"),
              false, Optional.of(topic), Optional.empty(), Optional.empty(), template)))));
    }
    return List.copyOf(result);
  }

  private static SnsSubscription samEvent(Template template, Function f, EventSource s) {
    Optional<Node> sqsSubscription = s.properties().get("SqsSubscription");
    // `SqsSubscription: true`, a map, or a value the template cannot read: SAM puts a queue in between.
    boolean viaQueue = sqsSubscription.map(v -> v.isMap()
        || template.resolve(v).asScalar().flatMap(ScalarNode::asBoolean).orElse(true)).orElse(false);
    Optional<Node> queueArn = sqsSubscription.flatMap(Node::asMap).flatMap(q -> q.get("QueueArn"));
    return new SnsSubscription(Form.SAM_EVENT, s.name(), s.anchor(), Optional.of(viaQueue ? "sqs" : "lambda"), queueArn,
        s.properties().has("RedrivePolicy"), s.sourceResource(), Optional.of(f), Optional.of(s), template);
  }

  private static Optional<String> protocol(Template template, MapNode subscription) {
    return subscription.get("Protocol").flatMap(template::literal).map(p -> p.toLowerCase(Locale.ROOT));
  }

  /** Whether SNS delivers to a Lambda function directly ({@code Protocol: lambda}). */
  public boolean isLambda() {
    return protocol.map("lambda"::equals).orElse(false);
  }

  /** Whether SNS delivers to an SQS queue (a SAM event's {@code SqsSubscription} too). */
  public boolean isSqs() {
    return protocol.map("sqs"::equals).orElse(false);
  }

  /** The endpoint as a message names it: the logical id of the resource of the template it refers to, or its literal text. */
  public Optional<String> endpointName() {
    return endpoint.flatMap(template::referencedResource).map(Resource::logicalId)
        .or(() -> endpoint.flatMap(template::literal));
  }

  /** The logical ids the endpoint mentions ({@link Template#mentionedIds}); empty without an endpoint. */
  public Set<String> endpointIds() {
    return endpoint.map(template::mentionedIds).orElse(Set.of());
  }
}
