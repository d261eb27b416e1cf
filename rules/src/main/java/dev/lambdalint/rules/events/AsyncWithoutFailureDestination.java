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
import java.util.List;
import java.util.stream.Collectors;

/**
 * A function invoked asynchronously (S3, SNS, EventBridge, schedules…) with neither a dead-letter
 * queue nor an on-failure destination: an event that fails every retry is dropped. Functions
 * with only synchronous (APIs, Cognito triggers, authorizers…), poll-based (SQS, streams) or
 * unknown invokers are never asked for one: the template model says how each trigger invokes.
 */
@RuleInfo(
    id = "LL201",
    name = "async-without-failure-destination",
    severity = Severity.WARNING,
    category = Category.EVENT_SOURCES,
    summary = "An asynchronously invoked function has neither a dead-letter queue nor an on-failure destination",
    tags = {"reliability", "event-sources", "async"},
    precision = Precision.HIGH)
public final class AsyncWithoutFailureDestination implements Rule {

  @Override
  public void checkFunction(Function f, LintContext context, FindingSink sink) {
    List<EventSource> async = f.triggers(EventKind.Invocation.ASYNC);
    // one written as an intrinsic we cannot see into (`!If`) counts: not ours to flag
    if (async.isEmpty() || f.declaresDeadLetterQueue() || f.declaresOnFailureDestination()) return;
    String sources = async.stream().map(EventSource::describe).distinct().collect(Collectors.joining(", "));
    String fix = f.dialect().pick("add DeadLetterQueue or EventInvokeConfig.DestinationConfig.OnFailure",
        "add DeadLetterConfig.TargetArn or an AWS::Lambda::EventInvokeConfig with DestinationConfig.OnFailure",
        "give the function an .onFailure(…) destination (or a .deadLetterQueue(…))");
    sink.report(f.keyNode(), f.logicalId() + " is invoked asynchronously (" + sources
        + ") but has no dead-letter queue or on-failure destination: an event that fails every retry is lost; " + fix);
  }
}
