package dev.lambdalint.rules.handler;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.rules.handler.BatchResponses.Capability;

/**
 * The event source asks for partial batch responses, but the handler's return type can never hold
 * one: the setting does nothing, and one bad record still fails (or silently passes) the batch.
 */
@RuleInfo(
    id = "LL106",
    name = "batch-failures-unreported",
    severity = Severity.WARNING,
    category = Category.HANDLER_CODE,
    summary = "The event source enables ReportBatchItemFailures but the handler cannot return any",
    tags = {"correctness", "sqs", "streams", "java"},
    precision = Precision.HIGH)
public final class BatchFailuresUnreported implements Rule {

  @Override
  public void checkFunction(Function function, LintContext context, FindingSink sink) {
    BatchResponses.forEachBatchSource(function, context, Capability.CANNOT_REPORT, (f, handler, returns, source) -> {
      if (!source.reportsBatchItemFailures().orElse(false)) return;
      sink.report(source.anchor(), source.name() + " of " + function.logicalId()
          + " enables ReportBatchItemFailures, but " + handler.displayName() + " returns " + returns.name()
          + ", which cannot carry batchItemFailures: no record is ever reported as failed; return"
          + " SQSBatchResponse (SQS) or StreamsEventResponse (Kinesis, DynamoDB) with the failed ids");
    });
  }
}
