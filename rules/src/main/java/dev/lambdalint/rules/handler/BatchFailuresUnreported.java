package dev.lambdalint.rules.handler;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import dev.lambdalint.rules.handler.BatchResponses.Capability;
import dev.lambdalint.rules.handler.BatchResponses.ReturnType;
import java.util.Optional;

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
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (Function function : template.functions()) {
      if (function.events().stream().noneMatch(BatchResponses::isBatchSource)) continue;
      Optional<JavaModel.Handler> handler = context.handlerOf(function);
      if (handler.isEmpty()) continue;
      ReturnType returns = BatchResponses.of(handler.get(), context.java());
      if (returns.capability() != Capability.CANNOT_REPORT) continue;
      for (EventSource source : function.events()) {
        if (!BatchResponses.isBatchSource(source)) continue;
        if (!BatchResponses.reportsBatchItemFailures(source).orElse(false)) continue;
        sink.report(source.anchor(), source.name() + " of " + function.logicalId()
            + " enables ReportBatchItemFailures, but " + handler.get().displayName() + " returns "
            + returns.name() + ", which cannot carry batchItemFailures: no record is ever reported as failed; "
            + "return SQSBatchResponse (SQS) or StreamsEventResponse (Kinesis, DynamoDB) with the failed ids");
      }
    }
  }
}
