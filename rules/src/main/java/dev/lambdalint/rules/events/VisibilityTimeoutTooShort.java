package dev.lambdalint.rules.events;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.PollSource;
import dev.lambdalint.core.template.EventKind;
import dev.lambdalint.core.template.Setting;
import dev.lambdalint.core.template.SqsQueue;
import dev.lambdalint.core.template.Template;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An SQS queue whose visibility timeout is shorter than AWS's guidance for its consumer: 6 × the
 * function's timeout plus the batching window. Messages become visible again while the function
 * is still working on them and are processed twice.
 */
@RuleInfo(
    id = "LL205",
    name = "visibility-timeout-too-short",
    severity = Severity.WARNING,
    category = Category.EVENT_SOURCES,
    summary = "An SQS queue's visibility timeout is under 6 times its consuming function's timeout",
    tags = {"reliability", "event-sources", "sqs"},
    precision = Precision.HIGH)
public final class VisibilityTimeoutTooShort implements Rule {
  private static final long FACTOR = 6;

  private record Shortfall(SqsQueue queue, Setting<Long> visibility, String function, long timeout, long window) {
    long required() {
      return FACTOR * timeout + window;
    }
  }

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    Map<String, Shortfall> worst = new LinkedHashMap<>();
    for (PollSource c : template.pollSources()) {
      if (c.source().kind() != EventKind.SQS || c.function().isEmpty()) continue;
      Optional<SqsQueue> queue = c.source().sourceResource().flatMap(SqsQueue::of);
      if (queue.isEmpty()) continue;
      Optional<Setting<Long>> visibility = queue.get().visibilityTimeout();
      Optional<Setting<Long>> timeout = c.function().get().timeout();
      Optional<Long> window = c.source().maximumBatchingWindowInSeconds();
      if (visibility.isEmpty() || timeout.isEmpty() || window.isEmpty()) continue;
      Shortfall s = new Shortfall(queue.get(), visibility.get(), c.function().get().logicalId(), timeout.get().value(), window.get());
      if (visibility.get().value() >= s.required()) continue;
      worst.merge(queue.get().logicalId(), s, (a, b) -> b.required() > a.required() ? b : a);
    }
    for (Shortfall s : worst.values()) {
      sink.report(s.visibility().reportAt(s.queue().resource().keyNode()), "Queue " + s.queue().logicalId()
          + " has VisibilityTimeout " + s.visibility().value() + " s" + (s.visibility().isDefault() ? " (the default)" : "")
          + " but its consumer " + s.function() + " has Timeout " + s.timeout() + " s and a batching window of "
          + s.window() + " s: messages are redelivered while still being processed; set VisibilityTimeout to at least "
          + FACTOR + " × " + s.timeout() + " + " + s.window() + " = " + s.required() + " s");
    }
  }
}
