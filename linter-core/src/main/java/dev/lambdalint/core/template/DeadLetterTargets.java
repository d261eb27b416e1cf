package dev.lambdalint.core.template;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every resource of a template that some other part of it uses as a dead-letter or on-failure
 * target: one fact, read once per template ({@link Template#deadLetterTargetIds()}), as the
 * logical ids of those resources.
 *
 * <p>A resource is such a target when a property with one of the {@link #KEYS} names it (a
 * {@code Ref}, {@code Fn::GetAtt} or {@code ${Id}} of a {@code Fn::Sub}, as
 * {@link Template#mentionedIds} reads them), wherever the property lies in a resource's
 * definition or in SAM {@code Globals}. Each service spells its target one of these ways:
 * <ul>
 *   <li>an SQS queue's {@code RedrivePolicy} ({@code deadLetterTargetArn}, object or JSON string);
 *   <li>an SNS subscription's {@code RedrivePolicy}, also on a SAM {@code SNS} event;
 *   <li>a function's SAM {@code DeadLetterQueue} or CloudFormation {@code DeadLetterConfig};
 *   <li>{@code DestinationConfig.OnFailure} of {@code EventInvokeConfig} (SAM property or
 *       {@code AWS::Lambda::EventInvokeConfig}) and of an event source mapping or SAM stream event;
 *   <li>{@code DeadLetterConfig} of an EventBridge rule target, a SAM {@code EventBridgeRule} /
 *       {@code Schedule} event, a Scheduler schedule or a pipe;
 *   <li>a {@code deadLetterTargetArn} / {@code DeadLetterTargetArn} written elsewhere.
 * </ul>
 * A queue's {@code RedriveAllowPolicy} names no target: its {@code sourceQueueArns} are the
 * <em>source</em> queues allowed to use that queue as their dead-letter queue (the queue that
 * declares it is one, see {@link SqsQueue#isDeadLetterQueue()}).
 * Outputs, Parameters, Conditions and Mappings declare nothing that delivers to a queue and are
 * not read.
 */
public final class DeadLetterTargets {
  /** The property names whose value names a dead-letter or on-failure target. */
  public static final Set<String> KEYS = Set.of("RedrivePolicy", "DeadLetterQueue", "DeadLetterConfig",
      "OnFailure", "deadLetterTargetArn", "DeadLetterTargetArn");

  private DeadLetterTargets() {}

  static Set<String> of(Template template) {
    Set<String> ids = new LinkedHashSet<>();
    template.root().getMap("Globals").ifPresent(g -> collect(template, g, ids));
    for (Resource r : template.resources()) collect(template, r.node(), ids);
    ids.removeIf(id -> template.resource(id).isEmpty()); // `${Q.Arn}` whole, parameters, pseudo parameters
    return Collections.unmodifiableSet(ids);
  }

  private static void collect(Template template, Node node, Set<String> ids) {
    if (node instanceof MapNode m) {
      for (MapNode.Entry e : m.entries()) {
        if (KEYS.contains(e.name())) ids.addAll(template.mentionedIds(e.value()));
        else collect(template, e.value(), ids);
      }
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) collect(template, item, ids);
    }
  }
}
