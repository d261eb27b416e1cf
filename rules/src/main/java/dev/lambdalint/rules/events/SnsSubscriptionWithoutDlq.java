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
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Template;
import java.util.Locale;
import java.util.Optional;

/**
 * An SNS subscription (or SAM {@code SNS} event) without a {@code RedrivePolicy}: messages SNS
 * cannot deliver after its retries are lost. A warning for Lambda subscriptions, a note for
 * other protocols. An inline {@code Subscription} of an {@code AWS::SNS::Topic} to a function
 * cannot carry a redrive policy at all: it is reported at its list item.
 */
@RuleInfo(
    id = "LL209",
    name = "sns-subscription-without-dlq",
    severity = Severity.WARNING,
    category = Category.EVENT_SOURCES,
    summary = "An SNS subscription has no redrive policy to a dead-letter queue",
    tags = {"reliability", "event-sources", "sns"},
    precision = Precision.HIGH)
public final class SnsSubscriptionWithoutDlq implements Rule {

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (Function f : template.functions()) {
      for (EventSource s : f.events()) {
        if (!s.isSamEvent() || s.kind() != EventKind.SNS) continue;
        if (s.properties().has("RedrivePolicy")) continue;
        boolean viaQueue = s.properties().get("SqsSubscription")
            .map(v -> v.isMap() || template.resolve(v).asScalar().flatMap(sc -> sc.asBoolean()).orElse(true)).orElse(false);
        String start = EventSourceNames.describe(s) + " of " + f.logicalId() + " has no RedrivePolicy: ";
        if (viaQueue) {
          sink.report(s.anchor(), Severity.NOTE, start + "messages SNS cannot deliver to its queue are lost after SNS's"
              + " retries; add RedrivePolicy with a deadLetterTargetArn");
        } else {
          sink.report(s.anchor(), start + "messages SNS cannot deliver to the function (throttling, deleted function)"
              + " are lost after SNS's retries; add RedrivePolicy with a deadLetterTargetArn");
        }
      }
    }
    for (Resource sub : template.resourcesOfType("AWS::SNS::Subscription")) {
      if (sub.properties().has("RedrivePolicy")) continue;
      Optional<String> protocol = sub.properties().get("Protocol").flatMap(template::literal).map(p -> p.toLowerCase(Locale.ROOT));
      if (protocol.isEmpty()) continue;
      String endpoint = sub.properties().get("Endpoint").flatMap(template::referencedResource).map(Resource::logicalId)
          .or(() -> sub.properties().get("Endpoint").flatMap(template::literal)).map(e -> " to " + e).orElse("");
      String start = "SNS subscription " + sub.logicalId() + " (" + protocol.get() + endpoint + ") has no RedrivePolicy: ";
      if (protocol.get().equals("lambda")) {
        sink.report(sub.keyNode(), start + "messages SNS cannot deliver to the function (throttling, deleted function)"
            + " are lost after SNS's retries; add RedrivePolicy with a deadLetterTargetArn");
      } else {
        sink.report(sub.keyNode(), Severity.NOTE, start + "messages SNS cannot deliver are lost after its retries;"
            + " add RedrivePolicy with a deadLetterTargetArn");
      }
    }
    for (Resource topic : template.resourcesOfType("AWS::SNS::Topic")) {
      topic.properties().getList("Subscription").ifPresent(subs -> subs.items().forEach(item -> item.asMap()
          .filter(m -> m.get("Protocol").flatMap(template::literal).map("lambda"::equalsIgnoreCase).orElse(false))
          .ifPresent(m -> {
            String endpoint = m.get("Endpoint").flatMap(template::referencedResource).map(Resource::logicalId)
                .or(() -> m.get("Endpoint").flatMap(template::literal)).map(e -> " to " + e).orElse("");
            sink.report(item, "Inline subscription of topic " + topic.logicalId() + " (lambda" + endpoint + ") cannot carry a"
                + " redrive policy: messages SNS cannot deliver to the function (throttling, deleted function) are lost after"
                + " SNS's retries; declare an AWS::SNS::Subscription with RedrivePolicy instead");
          })));
    }
  }
}
