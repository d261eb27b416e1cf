package dev.lambdalint.rules.events;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.SnsSubscription;
import dev.lambdalint.core.template.Template;

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
    for (SnsSubscription sub : template.snsSubscriptions()) {
      switch (sub.form()) {
        case SAM_EVENT -> samEvent(sub, sink);
        case RESOURCE -> resource(sub, sink);
        case TOPIC_INLINE -> inline(sub, sink);
      }
    }
  }

  private static void samEvent(SnsSubscription sub, FindingSink sink) {
    if (sub.hasRedrivePolicy()) return;
    String start = sub.event().orElseThrow().describe() + " of " + sub.subscriber().orElseThrow().logicalId()
        + " has no RedrivePolicy: ";
    if (sub.isSqs()) {
      sink.report(sub.anchor(), Severity.NOTE, start + "messages SNS cannot deliver to its queue are lost after SNS's"
          + " retries; add RedrivePolicy with a deadLetterTargetArn");
    } else {
      sink.report(sub.anchor(), start + "messages SNS cannot deliver to the function (throttling, deleted function)"
          + " are lost after SNS's retries; add RedrivePolicy with a deadLetterTargetArn");
    }
  }

  private static void resource(SnsSubscription sub, FindingSink sink) {
    if (sub.hasRedrivePolicy() || sub.protocol().isEmpty()) return;
    String start = "SNS subscription " + sub.name() + " (" + sub.protocol().get() + endpoint(sub) + ") has no RedrivePolicy: ";
    if (sub.isLambda()) {
      sink.report(sub.anchor(), start + "messages SNS cannot deliver to the function (throttling, deleted function)"
          + " are lost after SNS's retries; add RedrivePolicy with a deadLetterTargetArn");
    } else {
      sink.report(sub.anchor(), Severity.NOTE, start + "messages SNS cannot deliver are lost after its retries;"
          + " add RedrivePolicy with a deadLetterTargetArn");
    }
  }

  private static void inline(SnsSubscription sub, FindingSink sink) {
    if (!sub.isLambda()) return;
    sink.report(sub.anchor(), "Inline subscription of topic " + sub.name() + " (lambda" + endpoint(sub) + ") cannot carry a"
        + " redrive policy: messages SNS cannot deliver to the function (throttling, deleted function) are lost after"
        + " SNS's retries; declare an AWS::SNS::Subscription with RedrivePolicy instead");
  }

  private static String endpoint(SnsSubscription sub) {
    return sub.endpointName().map(e -> " to " + e).orElse("");
  }
}
