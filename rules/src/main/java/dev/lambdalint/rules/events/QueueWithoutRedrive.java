package dev.lambdalint.rules.events;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.EventKind;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.ListNode;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.SqsQueue;
import dev.lambdalint.core.template.Template;
import java.util.LinkedHashSet;
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
  /** Properties whose value names a dead-letter target, wherever they appear in a template. */
  private static final Set<String> DEAD_LETTER_KEYS = Set.of("RedrivePolicy", "DeadLetterQueue", "DeadLetterConfig",
      "OnFailure", "RedriveAllowPolicy", "deadLetterTargetArn", "DeadLetterTargetArn");

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (Resource r : template.resourcesOfType(SqsQueue.TYPE)) {
      SqsQueue queue = SqsQueue.of(r).orElseThrow();
      if (queue.redrive() != SqsQueue.Redrive.ABSENT) continue;
      Set<String> consumers = new LinkedHashSet<>();
      for (EventSourceNames.Consumer c : EventSourceNames.pollSources(template)) {
        if (c.source().kind() == EventKind.SQS
            && c.source().sourceResource().map(s -> s.logicalId().equals(r.logicalId())).orElse(false)) {
          consumers.add(c.functionName());
        }
      }
      for (Function f : template.functions()) {
        // SAM SNS event with SqsSubscription.QueueArn: SAM subscribes the queue and polls it for the function.
        for (EventSource s : f.events()) {
          if (s.kind() == EventKind.SNS && s.declaredAs() == EventSource.DeclaredAs.SAM_EVENT
              && s.properties().getMap("SqsSubscription").flatMap(q -> q.get("QueueArn"))
                  .map(arn -> template.mentions(arn, r)).orElse(false)) {
            consumers.add(f.logicalId());
          }
        }
      }
      if (!consumers.isEmpty()) {
        sink.report(r.keyNode(), "Queue " + r.logicalId() + " feeds " + String.join(", ", consumers)
            + " but has no RedrivePolicy with deadLetterTargetArn: a message that keeps failing is retried until its"
            + " retention period ends; add a dead-letter queue (RedrivePolicy with deadLetterTargetArn and maxReceiveCount)");
      } else if (!isDeadLetterQueue(template, queue)) {
        sink.report(r.keyNode(), Severity.NOTE, "Queue " + r.logicalId()
            + " has no RedrivePolicy with deadLetterTargetArn: a message its consumer cannot process is retried until"
            + " its retention period ends; add a dead-letter queue");
      }
    }
  }

  private static boolean isDeadLetterQueue(Template template, SqsQueue queue) {
    return queue.isNamedAsDeadLetterQueue() || queue.hasRedriveAllowPolicy()
        || pointedAtAsDeadLetter(template, template.root(), queue.resource(), false);
  }

  /** Whether a dead-letter property anywhere in the template ({@code RedrivePolicy}, {@code OnFailure}…) names the queue. */
  private static boolean pointedAtAsDeadLetter(Template template, Node node, Resource queue, boolean inside) {
    if (inside && template.mentions(node, queue)) return true;
    if (node instanceof MapNode m) {
      for (MapNode.Entry e : m.entries()) {
        if (pointedAtAsDeadLetter(template, e.value(), queue, inside || DEAD_LETTER_KEYS.contains(e.name()))) return true;
      }
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) if (pointedAtAsDeadLetter(template, item, queue, inside)) return true;
    }
    return false;
  }
}
