package dev.lambdalint.core.template;

/**
 * How the template spells an event source, in the words messages use: a SAM event
 * ({@code Api event Orders}), an {@code AWS::Lambda::EventSourceMapping} ({@code event source
 * mapping OrdersMapping}), a permission, an EventBridge rule target, an SNS subscription, a
 * bucket notification, or a resource that names the function ({@code API Gateway method GetOrder},
 * SAM's own {@code FunctionUrlConfig}).
 */
final class EventSourceWording {
  /** The SAM property that declares a function URL on the function itself. */
  static final String SAM_URL_PROPERTY = "FunctionUrlConfig";

  private EventSourceWording() {}

  static String describe(EventSource source) {
    return switch (source.declaredAs()) {
      case SAM_EVENT -> source.kind().typeName() + " event " + source.name();
      case EVENT_SOURCE_MAPPING -> "event source mapping " + source.name();
      case PERMISSION -> "permission " + source.name();
      case EVENTS_RULE_TARGET -> "EventBridge rule " + source.name();
      case SNS_SUBSCRIPTION -> "SNS subscription " + source.name();
      case S3_NOTIFICATION -> "notification of bucket " + source.name();
      case RESOURCE_REFERENCE -> isSamUrlConfig(source) ? SAM_URL_PROPERTY : referrer(source.kind()) + " " + source.name();
    };
  }

  /** {@link #describe}, with a permission named by the service it is for ({@code API Gateway permission AllowApi}). */
  static String describeWithService(EventSource source) {
    if (source.declaredAs() != EventSource.DeclaredAs.PERMISSION) return describe(source);
    return service(source.kind()) + " " + describe(source);
  }

  /** SAM {@code FunctionUrlConfig} on the function: no resource declares it. */
  private static boolean isSamUrlConfig(EventSource source) {
    return source.kind() == EventKind.FUNCTION_URL && source.sourceResource().isEmpty();
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
      default -> kind.typeName();
    };
  }

  /** The service a permission lets invoke the function, as its documentation names it. */
  static String service(EventKind kind) {
    return switch (kind) {
      case API, HTTP_API, WEBSOCKET_API, API_AUTHORIZER -> "API Gateway";
      case S3 -> "S3";
      case SNS -> "SNS";
      case EVENT_BRIDGE_RULE, CLOUDWATCH_EVENT, SCHEDULE -> "EventBridge";
      case SCHEDULE_V2 -> "EventBridge Scheduler";
      case CLOUDWATCH_LOGS -> "CloudWatch Logs";
      case IOT, IOT_RULE, IOT_AUTHORIZER -> "IoT";
      case COGNITO, COGNITO_CUSTOM_SENDER -> "Cognito";
      case ALB -> "Elastic Load Balancing";
      case ALEXA_SKILL -> "Alexa";
      case LEX -> "Lex";
      case APPSYNC -> "AppSync";
      default -> kind.typeName();
    };
  }
}
