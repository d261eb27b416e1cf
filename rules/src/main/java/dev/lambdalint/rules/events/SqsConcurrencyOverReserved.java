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
import dev.lambdalint.core.template.Resolved;
import dev.lambdalint.core.template.Setting;
import dev.lambdalint.core.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A function with reserved concurrency N consumes SQS queues whose pollers may drive more than N
 * invocations at once: AWS asks that N be at least the <em>total</em> {@code MaximumConcurrency}
 * of all the function's SQS sources, else Lambda throttles the batches, they return to the queue,
 * and after {@code maxReceiveCount} receives they land in the dead-letter queue unprocessed.
 */
@RuleInfo(
    id = "LL210",
    name = "sqs-concurrency-over-reserved",
    severity = Severity.WARNING,
    category = Category.EVENT_SOURCES,
    summary = "SQS pollers may drive more concurrent invocations than the function's reserved concurrency",
    tags = {"reliability", "event-sources", "sqs", "concurrency"},
    precision = Precision.HIGH)
public final class SqsConcurrencyOverReserved implements Rule {
  /** The smallest {@code MaximumConcurrency} AWS accepts. */
  static final long MINIMUM_MAXIMUM_CONCURRENCY = 2;

  private record Source(EventSource event, Resolved maximum) {
    Optional<Long> known() {
      return maximum instanceof Resolved.Known k ? k.number() : Optional.empty();
    }

    boolean unset() {
      return maximum.isAbsent();
    }
  }

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (Function function : template.functions()) {
      Optional<Setting<Long>> reserved = function.reservedConcurrency();
      // 0 is the kill switch: nothing runs, nothing is throttled by mistake.
      if (reserved.isEmpty() || reserved.get().value() <= 0) continue;
      long n = reserved.get().value();
      List<Source> sources = new ArrayList<>();
      for (EventSource s : function.events()) {
        if (s.kind() != EventKind.SQS || !s.isPoll() || s.isDisabled()) continue;
        // Provisioned mode sizes its pollers itself and cannot take MaximumConcurrency: other advice.
        if (s.usesProvisionedPollers()) continue;
        sources.add(new Source(s, s.maximumConcurrency()));
      }
      if (sources.isEmpty()) continue;
      String reservedText = "ReservedConcurrentExecutions " + n
          + (reserved.get().origin() == Setting.Origin.GLOBALS ? " (from Globals)" : "");
      boolean reportedOne = false;
      for (Source s : sources) {
        if (s.unset()) {
          sink.report(s.event().anchor(), what(s, function) + " sets no ScalingConfig.MaximumConcurrency, so its poller"
              + " may scale to a thousand or more invocations at once, but " + function.logicalId() + " has " + reservedText
              + ": throttled batches return to the queue and, after maxReceiveCount receives, go to the dead-letter queue"
              + " unprocessed; " + advice(n, sources.size()));
          reportedOne = true;
        } else if (s.known().isPresent() && s.known().get() > n) {
          sink.report(s.event().anchor(), what(s, function) + " has ScalingConfig.MaximumConcurrency " + s.known().get()
              + ", above " + function.logicalId() + "'s " + reservedText
              + ": throttled batches return to the queue and, after maxReceiveCount receives, go to the dead-letter queue"
              + " unprocessed; " + advice(n, sources.size()));
          reportedOne = true;
        }
      }
      if (reportedOne || sources.size() < 2) continue;
      // Each source alone fits; AWS compares N with their total.
      if (sources.stream().anyMatch(s -> s.known().isEmpty())) continue;
      long total = sources.stream().mapToLong(s -> s.known().orElseThrow()).sum();
      if (total <= n) continue;
      List<String> parts = sources.stream().map(s -> s.event().name() + " " + s.known().orElseThrow()).toList();
      sink.report(sources.get(0).event().anchor(), "The SQS sources of " + function.logicalId() + " may together run "
          + total + " invocations at once (MaximumConcurrency " + String.join(" + ", parts) + "), above its "
          + reservedText + ": throttled batches return to the queue and, after maxReceiveCount receives, go to the"
          + " dead-letter queue unprocessed; " + advice(n, sources.size()));
    }
  }

  private static String what(Source s, Function function) {
    return s.event().isSamEvent() ? s.event().name() + " (SQS) of " + function.logicalId()
        : "Event source mapping " + s.event().name() + " (SQS) of " + function.logicalId();
  }

  /** What to do: MaximumConcurrency cannot go below 2, so N = 1 (or fewer than 2 per source) needs a higher N. */
  private static String advice(long n, int sources) {
    if (n < MINIMUM_MAXIMUM_CONCURRENCY * sources) {
      return "MaximumConcurrency cannot be set below " + MINIMUM_MAXIMUM_CONCURRENCY
          + (sources > 1 ? " per source" : "") + ", so raise ReservedConcurrentExecutions to at least "
          + MINIMUM_MAXIMUM_CONCURRENCY * sources + " and set MaximumConcurrency so that "
          + (sources > 1 ? "the sources' values add up to" : "it is") + " no more than it";
    }
    return sources > 1
        ? "set MaximumConcurrency on every SQS source so that together they add up to at most " + n
        : "set ScalingConfig.MaximumConcurrency to at most " + n;
  }
}
