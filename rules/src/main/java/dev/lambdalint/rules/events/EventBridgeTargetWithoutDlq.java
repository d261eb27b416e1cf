package dev.lambdalint.rules.events;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.EventKind;
import dev.lambdalint.core.template.EventRuleTarget;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Template;
import java.util.Optional;
import java.util.Set;

/**
 * An EventBridge rule target (or SAM EventBridgeRule / Schedule / CloudWatchEvent event) that
 * invokes a Lambda function without a {@code DeadLetterConfig}: events EventBridge cannot deliver
 * are dropped after its retries.
 */
@RuleInfo(
    id = "LL208",
    name = "eventbridge-target-without-dlq",
    severity = Severity.WARNING,
    category = Category.EVENT_SOURCES,
    summary = "An EventBridge rule target that invokes a function has no dead-letter queue",
    tags = {"reliability", "event-sources", "eventbridge"},
    precision = Precision.HIGH)
public final class EventBridgeTargetWithoutDlq implements Rule {
  private static final Set<EventKind> SAM_KINDS = Set.of(EventKind.EVENT_BRIDGE_RULE, EventKind.SCHEDULE, EventKind.CLOUDWATCH_EVENT);

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (Function f : template.functions()) {
      for (EventSource s : f.events()) {
        if (!s.isSamEvent() || !SAM_KINDS.contains(s.kind()) || s.hasDeadLetterConfig()) continue;
        sink.report(s.anchor(), s.describe() + " of " + f.logicalId() + " has no DeadLetterConfig:"
            + " events EventBridge cannot deliver to the function (throttling, permissions, deleted function) are"
            + " dropped after its retries; add DeadLetterConfig (Type: SQS or Arn of a queue)");
      }
    }
    for (EventRuleTarget target : template.eventRuleTargets()) {
      if (target.hasDeadLetterConfig()) continue;
      Optional<String> function = target.invokedResource().map(Resource::logicalId)
          .or(() -> target.invokedArn().map(arn -> "function " + arn));
      if (function.isEmpty()) continue;
      String id = target.id().map(i -> " '" + i + "'").orElse("");
      sink.report(target.item(), "Target" + id + " of EventBridge rule " + target.rule().logicalId() + " invokes "
          + function.get() + " but has no DeadLetterConfig: events EventBridge cannot deliver are dropped after its retries;"
          + " add DeadLetterConfig.Arn pointing at an SQS queue");
    }
  }
}
