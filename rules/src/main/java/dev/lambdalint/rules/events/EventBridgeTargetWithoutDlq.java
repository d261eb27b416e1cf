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
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Sub;
import dev.lambdalint.core.template.Template;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
  private static final Pattern LAMBDA_ARN = Pattern.compile("^arn:(aws[a-z-]*|\\$\\{AWS::Partition}):lambda:");
  private static final Set<String> LAMBDA_TYPES = Set.of(Function.SAM_TYPE, Function.CFN_TYPE, "AWS::Lambda::Alias", "AWS::Lambda::Version");

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (Function f : template.functions()) {
      for (EventSource s : f.events()) {
        if (!s.isSamEvent() || !SAM_KINDS.contains(s.kind())) continue;
        if (s.properties().has("DeadLetterConfig")) continue;
        sink.report(s.anchor(), EventSourceNames.describe(s) + " of " + f.logicalId() + " has no DeadLetterConfig:"
            + " events EventBridge cannot deliver to the function (throttling, permissions, deleted function) are"
            + " dropped after its retries; add DeadLetterConfig (Type: SQS or Arn of a queue)");
      }
    }
    for (Resource rule : template.resourcesOfType("AWS::Events::Rule")) {
      rule.properties().getList("Targets").ifPresent(targets -> targets.items().forEach(item -> {
        Optional<MapNode> target = item.asMap().filter(m -> !m.isIntrinsic());
        if (target.isEmpty() || target.get().has("DeadLetterConfig")) return;
        Optional<String> function = invokedFunction(template, target.get().get("Arn").orElse(null));
        if (function.isEmpty()) return;
        String id = target.get().get("Id").flatMap(template::literal).map(i -> " '" + i + "'").orElse("");
        sink.report(item, "Target" + id + " of EventBridge rule " + rule.logicalId() + " invokes " + function.get()
            + " but has no DeadLetterConfig: events EventBridge cannot deliver are dropped after its retries;"
            + " add DeadLetterConfig.Arn pointing at an SQS queue");
      }));
    }
  }

  /** The function a target's {@code Arn} invokes: one of the template, or a literal Lambda ARN. */
  private static Optional<String> invokedFunction(Template template, Node arn) {
    if (arn == null) return Optional.empty();
    Optional<Resource> r = template.referencedResource(arn);
    if (r.isPresent()) return LAMBDA_TYPES.contains(r.get().type()) ? Optional.of(r.get().logicalId()) : Optional.empty();
    Optional<String> text = template.literal(arn).or(() -> Sub.of(arn).flatMap(Sub::text));
    return text.filter(t -> LAMBDA_ARN.matcher(t.strip()).find()).map(t -> "function " + t.strip());
  }
}
