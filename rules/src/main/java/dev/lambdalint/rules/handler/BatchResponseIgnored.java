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
 * The handler reports which records of a batch failed, but the event source never asked for that
 * report: Lambda ignores it, counts the batch a success and deletes every message.
 */
@RuleInfo(
    id = "LL105",
    name = "batch-response-ignored",
    severity = Severity.ERROR,
    category = Category.HANDLER_CODE,
    summary = "The handler returns batch item failures but its event source ignores them",
    tags = {"correctness", "data-loss", "sqs", "streams", "java"},
    precision = Precision.HIGH)
public final class BatchResponseIgnored implements Rule {

  @Override
  public void checkFunction(Function function, LintContext context, FindingSink sink) {
    BatchResponses.forEachBatchSource(function, context, Capability.CAN_REPORT, (f, handler, returns, source) -> {
      if (source.reportsBatchItemFailures().orElse(true)) return;
      sink.report(source.anchor(), source.name() + " (" + BatchResponses.displayName(source.kind()) + ") of "
          + function.logicalId() + " does not enable ReportBatchItemFailures, but " + handler.displayName()
          + " returns " + returns.name() + ": Lambda ignores the failures it reports and deletes the whole batch"
          + " as processed; " + function.dialect().pick("add FunctionResponseTypes: [ReportBatchItemFailures]",
              "add FunctionResponseTypes: [ReportBatchItemFailures]", "set .reportBatchItemFailures(true) on the event source"));
    });
  }
}
