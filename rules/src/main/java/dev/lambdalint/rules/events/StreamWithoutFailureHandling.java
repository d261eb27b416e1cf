package dev.lambdalint.rules.events;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Dialect;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.PollSource;
import dev.lambdalint.core.template.Template;
import java.util.Optional;

/**
 * A Kinesis or DynamoDB stream source without an on-failure destination (records that exhaust
 * their retries vanish), or with one but no bound on retries or record age (one poison record
 * blocks its shard until it expires: a note). SQS sources are LL202's.
 */
@RuleInfo(
    id = "LL203",
    name = "stream-without-failure-handling",
    severity = Severity.WARNING,
    category = Category.EVENT_SOURCES,
    summary = "A Kinesis or DynamoDB stream source has no on-failure destination or no bound on its retries",
    tags = {"reliability", "event-sources", "streams"},
    precision = Precision.HIGH)
public final class StreamWithoutFailureHandling implements Rule {

  /** A SAM stream event of a function. */
  @Override
  public void checkEvent(Function function, EventSource event, LintContext context, FindingSink sink) {
    if (event.isSamEvent() && event.isPoll()) check(new PollSource(event, Optional.of(function)), sink);
  }

  /** Every event source mapping of the template, also those for functions defined elsewhere. */
  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (PollSource c : template.pollSources()) {
      if (!c.source().isSamEvent()) check(c, sink); // a function's own events: checkEvent
    }
  }

  private static void check(PollSource c, FindingSink sink) {
    EventSource s = c.source();
    if (!s.kind().isStream() || s.isUnknowable("DestinationConfig")) return;
    String what = s.describe()
        + (s.isSamEvent() ? "" : " (" + s.kind().typeName() + " stream)")
        + " of " + c.functionName();
    boolean cdk = s.template().dialect() == Dialect.CDK;
    if (s.onFailure().isEmpty()) {
      sink.report(s.anchor(), what + (cdk ? " has no onFailure destination" : " has no DestinationConfig.OnFailure")
          + ": records that exhaust their retries are dropped with no trace; add an on-failure destination "
          + (cdk ? "(.onFailure(new SqsDlq(…)), an SnsDlq or an S3OnFailureDestination)" : "(SQS queue, SNS topic or S3 bucket)"));
      return;
    }
    Optional<Long> retries = s.maximumRetryAttempts();
    Optional<Long> age = s.maximumRecordAgeInSeconds();
    if (retries.isEmpty() || age.isEmpty()) return;
    if (retries.get() == -1 && age.get() == -1) {
      sink.report(s.anchor(), Severity.NOTE, what + " has an on-failure destination but neither MaximumRetryAttempts"
          + " nor MaximumRecordAgeInSeconds (both default to infinite): one poison record stalls its shard until it"
          + " expires; bound the retries");
    }
  }
}
