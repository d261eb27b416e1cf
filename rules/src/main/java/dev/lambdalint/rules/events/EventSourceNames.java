package dev.lambdalint.rules.events;

import dev.lambdalint.core.template.EventKind;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The poll-based sources the stream/queue rules look at, each with the function it feeds. */
final class EventSourceNames {
  private EventSourceNames() {}

  /** {@code SQS event Fulfil}, {@code event source mapping OrdersMapping}, {@code EventBridge rule Nightly}… */
  static String describe(EventSource source) {
    return source.describe();
  }

  /** A poll-based source and the function of the template it feeds, when that function is known. */
  record Consumer(EventSource source, Optional<Function> function) {
    String functionName() {
      return function.map(Function::logicalId).orElseGet(() -> source.functionName()
          .flatMap(n -> source.template().literal(n)).orElse("a function outside the template"));
    }
  }

  /**
   * Every poll-based source of the template, once each: the SAM events of its functions and
   * every event source mapping (also those for functions defined elsewhere).
   */
  static List<Consumer> pollSources(Template template) {
    List<Consumer> result = new ArrayList<>();
    for (Function f : template.functions()) {
      for (EventSource s : f.events()) {
        if (s.isSamEvent() && s.isPoll()) result.add(new Consumer(s, Optional.of(f)));
      }
    }
    for (EventSource s : template.eventSourceMappings()) {
      result.add(new Consumer(s, template.referencedFunction(s.functionName().orElse(null))));
    }
    return result;
  }

  static boolean isStream(EventKind kind) {
    return kind == EventKind.KINESIS || kind == EventKind.DYNAMODB;
  }
}
