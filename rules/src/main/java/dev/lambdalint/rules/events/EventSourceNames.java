package dev.lambdalint.rules.events;

import dev.lambdalint.core.template.EventKind;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How messages name an event source, and the sources the stream/queue rules look at. */
final class EventSourceNames {
  private EventSourceNames() {}

  /** {@code SQS event Fulfil}, {@code event source mapping OrdersMapping}, {@code EventBridge rule Nightly}… */
  static String describe(EventSource source) {
    return switch (source.declaredAs()) {
      case SAM_EVENT -> samType(source.kind()) + " event " + source.name();
      case EVENT_SOURCE_MAPPING -> "event source mapping " + source.name();
      case PERMISSION -> "permission " + source.name();
      case EVENTS_RULE_TARGET -> "EventBridge rule " + source.name();
      case SNS_SUBSCRIPTION -> "SNS subscription " + source.name();
      case S3_NOTIFICATION -> "notification of bucket " + source.name();
      case RESOURCE_REFERENCE -> referrer(source.kind()) + " " + source.name();
    };
  }

  /** What names the function, for a trigger declared by a resource that references it. */
  static String referrer(EventKind kind) {
    return switch (kind) {
      case COGNITO, COGNITO_CUSTOM_SENDER -> "Cognito user pool trigger";
      case IOT_AUTHORIZER -> "IoT authorizer";
      case IOT_RULE -> "IoT rule";
      case API_AUTHORIZER -> "API Gateway authorizer";
      case APPSYNC -> "AppSync data source";
      case STEP_FUNCTIONS -> "state machine";
      case WEBSOCKET_API -> "WebSocket API integration";
      case HTTP_API, OTHER -> "API Gateway integration";
      case API -> "API Gateway method";
      case ALB -> "target group";
      case FUNCTION_URL -> "function URL";
      case LEX -> "Lex bot";
      case SCHEDULE_V2 -> "EventBridge schedule";
      default -> samType(kind);
    };
  }

  /** The SAM event type that declares {@code kind}; for a kind no SAM event type names, what the service calls it. */
  static String samType(EventKind kind) {
    return kind.samType().orElseGet(() -> switch (kind) {
      case COGNITO_CUSTOM_SENDER -> "Cognito custom sender";
      case ALB -> "ALB";
      case FUNCTION_URL -> "function URL";
      case LEX -> "Lex";
      case WEBSOCKET_API -> "WebSocket API";
      case API_AUTHORIZER -> "API Gateway authorizer";
      case IOT_AUTHORIZER -> "IoT authorizer";
      case APPSYNC -> "AppSync";
      case STEP_FUNCTIONS -> "Step Functions";
      case IOT -> "IoT";
      default -> "unknown";
    });
  }

  /** A poll-based source and the function of the template it feeds, when that function is known. */
  record Consumer(EventSource source, Optional<Function> function) {
    String functionName() {
      return function.map(Function::logicalId).orElseGet(() -> source.properties().get("FunctionName")
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
      result.add(new Consumer(s, template.referencedFunction(s.properties().get("FunctionName").orElse(null))));
    }
    return result;
  }

  static boolean isStream(EventKind kind) {
    return kind == EventKind.KINESIS || kind == EventKind.DYNAMODB;
  }
}
