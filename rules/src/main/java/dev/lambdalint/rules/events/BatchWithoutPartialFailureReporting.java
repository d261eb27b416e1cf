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
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.PollSource;
import dev.lambdalint.core.template.Setting;
import dev.lambdalint.core.template.Template;
import dev.lambdalint.rules.handler.BatchResponses;
import java.util.Optional;

/**
 * An SQS, Kinesis or DynamoDB source that can deliver more than one record per batch without
 * {@code FunctionResponseTypes: [ReportBatchItemFailures]}: one failure retries the whole batch.
 * Silent where the function's handler already returns batch failures: that source is LL105's error.
 */
@RuleInfo(
    id = "LL204",
    name = "batch-without-partial-failure-reporting",
    severity = Severity.WARNING,
    category = Category.EVENT_SOURCES,
    summary = "A batching SQS or stream source does not enable ReportBatchItemFailures",
    tags = {"reliability", "event-sources", "batching"},
    precision = Precision.HIGH)
public final class BatchWithoutPartialFailureReporting implements Rule {
  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (PollSource c : template.pollSources()) {
      EventSource s = c.source();
      boolean sqs = s.kind() == EventKind.SQS;
      if (!sqs && !s.kind().isStream()) continue;
      Optional<Setting<Long>> batch = s.batchSizeSetting();
      if (batch.isEmpty() || batch.get().value() <= 1) continue;
      // Set, or an item we cannot read (maybe ReportBatchItemFailures): nothing to say.
      if (s.reportsBatchItemFailures().orElse(true)) continue;
      // The handler returns batch failures that this source ignores: one problem, reported once, as LL105's error.
      if (c.function().map(f -> BatchResponses.handlerReturnsBatchFailures(f, context)).orElse(false)) continue;
      String unit = sqs ? "messages" : "records";
      sink.report(s.anchor(), s.describe() + " of " + c.functionName() + " delivers batches of up to "
          + batch.get().value() + " " + unit + (batch.get().isDefault() ? " (the default)" : "")
          + (template.dialect() == Dialect.CDK ? " without reportBatchItemFailures" : " without FunctionResponseTypes: [ReportBatchItemFailures]")
          + ": one failed " + (sqs ? "message" : "record") + " makes the whole batch be retried; "
          + (template.dialect() == Dialect.CDK ? "set .reportBatchItemFailures(true)" : "enable ReportBatchItemFailures")
          + " and return the failed item ids");
    }
  }
}
