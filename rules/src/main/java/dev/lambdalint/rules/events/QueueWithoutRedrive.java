package dev.lambdalint.rules.events;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Dialect;
import dev.lambdalint.core.template.EventKind;
import dev.lambdalint.core.template.PollSource;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.SnsSubscription;
import dev.lambdalint.core.template.SqsQueue;
import dev.lambdalint.core.template.Template;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An SQS queue of the template that feeds a function but has no dead-letter queue: a poison
 * message is received, fails and comes back until the retention period ends. Queues that feed
 * nothing here get the same advice as a note, unless they are dead-letter queues themselves.
 */
@RuleInfo(
    id = "LL202",
    name = "queue-without-redrive",
    severity = Severity.WARNING,
    category = Category.EVENT_SOURCES,
    summary = "An SQS queue that feeds a function has no redrive policy to a dead-letter queue",
    tags = {"reliability", "event-sources", "sqs"},
    precision = Precision.HIGH)
public final class QueueWithoutRedrive implements Rule {
  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    List<Resource> queues = template.resourcesOfType(SqsQueue.TYPE);
    if (queues.isEmpty()) return;
    // Who consumes which queue: read once for the template, not once per queue (20 000 queues took 80 s).
    Map<String, Set<String>> polledBy = new HashMap<>();
    for (PollSource c : template.pollSources()) {
      if (c.source().kind() != EventKind.SQS) continue;
      c.source().sourceResource().ifPresent(q -> polledBy.computeIfAbsent(q.logicalId(), k -> new LinkedHashSet<>())
          .add(c.functionName()));
    }
    Map<String, Set<String>> subscribedBy = new HashMap<>();
    for (SnsSubscription sub : template.snsSubscriptions()) {
      // SAM SNS event with SqsSubscription.QueueArn: SAM subscribes the queue and polls it for the function.
      sub.subscriber().ifPresent(f -> sub.endpointIds()
          .forEach(id -> subscribedBy.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(f.logicalId())));
    }
    for (Resource r : queues) {
      SqsQueue queue = SqsQueue.of(r).orElseThrow();
      if (queue.redrive() != SqsQueue.Redrive.ABSENT) continue;
      Set<String> consumers = new LinkedHashSet<>(polledBy.getOrDefault(r.logicalId(), Set.of()));
      consumers.addAll(subscribedBy.getOrDefault(r.logicalId(), Set.of()));
      boolean cdk = template.dialect() == Dialect.CDK;
      String hasNone = cdk ? " has no dead-letter queue" : " has no RedrivePolicy with deadLetterTargetArn";
      if (!consumers.isEmpty()) {
        sink.report(r.keyNode(), "Queue " + r.logicalId() + " feeds " + String.join(", ", consumers)
            + " but" + hasNone + ": a message that keeps failing is retried until its"
            + " retention period ends; add a dead-letter queue " + (cdk
                ? "(.deadLetterQueue(DeadLetterQueue.builder().queue(…).maxReceiveCount(…).build()))"
                : "(RedrivePolicy with deadLetterTargetArn and maxReceiveCount)"));
        continue;
      }
      if (!queue.isDeadLetterQueue()) {
        sink.report(r.keyNode(), Severity.NOTE, "Queue " + r.logicalId()
            + hasNone + ": a message its consumer cannot process is retried until"
            + " its retention period ends; add a dead-letter queue" + (cdk ? " (.deadLetterQueue(…))" : ""));
      }
    }
  }
}
