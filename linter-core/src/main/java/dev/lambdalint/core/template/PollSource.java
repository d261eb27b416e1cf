package dev.lambdalint.core.template;

import java.util.Optional;

/**
 * A poll-based source (SQS queue, Kinesis or DynamoDB stream, Kafka, MQ…) and the function of the
 * template it feeds, when that function is known: a SAM poll event of a function, or an
 * {@code AWS::Lambda::EventSourceMapping}, whose {@code FunctionName} may name a function defined
 * elsewhere ({@link Template#pollSources}).
 */
public record PollSource(EventSource source, Optional<Function> function) {

  /** The function's logical id, else the literal {@code FunctionName} of the mapping, else "a function outside the template". */
  public String functionName() {
    return function.map(Function::logicalId).orElseGet(() -> source.functionName()
        .flatMap(n -> source.template().literal(n)).orElse("a function outside the template"));
  }

  /** A Kinesis or DynamoDB stream, whose records are retried in order per shard. */
  public boolean isStream() {
    return source.kind().isStream();
  }
}
