package dev.lambdalint.core.template;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of trigger, and how each invokes a function when nothing else is known. Where one
 * service invokes both ways (AWS IoT: rules asynchronously, authorizers synchronously; Cognito:
 * every user-pool trigger synchronously but the custom senders), the kinds are told apart by
 * {@link EventSources}, the one place that decides how a function is invoked.
 */
public enum EventKind {
  S3(Invocation.ASYNC, "S3"),
  SNS(Invocation.ASYNC, "SNS"),
  EVENT_BRIDGE_RULE(Invocation.ASYNC, "EventBridgeRule"),
  CLOUDWATCH_EVENT(Invocation.ASYNC, "CloudWatchEvent"),
  SCHEDULE(Invocation.ASYNC, "Schedule"),
  SCHEDULE_V2(Invocation.ASYNC, "ScheduleV2"),
  CLOUDWATCH_LOGS(Invocation.ASYNC, "CloudWatchLogs"),
  IOT_RULE(Invocation.ASYNC, "IoTRule"),
  /**
   * Cognito's custom email/SMS sender triggers: "Except for Custom Sender Lambda triggers, Amazon
   * Cognito invokes Lambda functions synchronously" (Amazon Cognito Developer Guide, Customizing
   * user pool workflows with Lambda triggers, Important considerations).
   */
  COGNITO_CUSTOM_SENDER(Invocation.ASYNC),
  /** Every other Cognito user-pool trigger: Cognito waits for the reply (5 s). */
  COGNITO(Invocation.SYNC, "Cognito"),
  SQS(Invocation.POLL, "SQS"),
  KINESIS(Invocation.POLL, "Kinesis"),
  DYNAMODB(Invocation.POLL, "DynamoDB"),
  MSK(Invocation.POLL, "MSK"),
  MQ(Invocation.POLL, "MQ"),
  SELF_MANAGED_KAFKA(Invocation.POLL, "SelfManagedKafka"),
  DOCUMENT_DB(Invocation.POLL, "DocumentDB"),
  API(Invocation.SYNC, "Api"),
  HTTP_API(Invocation.SYNC, "HttpApi"),
  ALB(Invocation.SYNC),
  FUNCTION_URL(Invocation.SYNC),
  ALEXA_SKILL(Invocation.SYNC, "AlexaSkill"),
  LEX(Invocation.SYNC),
  /** A WebSocket API route: API Gateway waits for the integration, but the client's reply goes back through {@code @connections}. */
  WEBSOCKET_API(Invocation.SYNC),
  /** A Lambda authorizer of an API Gateway REST, HTTP or WebSocket API. */
  API_AUTHORIZER(Invocation.SYNC),
  IOT_AUTHORIZER(Invocation.SYNC),
  APPSYNC(Invocation.SYNC),
  /** A Step Functions task invoking the function ({@code lambda:invoke}, or the function ARN as a task resource). */
  STEP_FUNCTIONS(Invocation.SYNC),
  /** A permission for {@code iot.amazonaws.com} with neither an IoT rule nor an authorizer known to use it. */
  IOT(Invocation.UNKNOWN),
  OTHER(Invocation.UNKNOWN);

  /** How the source hands events to the function, which decides what failure handling it needs. */
  public enum Invocation {
    ASYNC,
    POLL,
    SYNC,
    UNKNOWN
  }

  private final Invocation invocation;
  /** A Kinesis or DynamoDB stream: records retried in order per shard until they succeed or expire. */
  public boolean isStream() {
    return this == KINESIS || this == DYNAMODB;
  }

  /** The SAM event {@code Type} that declares this kind; null for a kind no SAM event type names. */
  private final String samType;

  EventKind(Invocation invocation) {
    this(invocation, null);
  }

  EventKind(Invocation invocation, String samType) {
    this.invocation = invocation;
    this.samType = samType;
  }

  public Invocation invocation() {
    return invocation;
  }

  /** The SAM event {@code Type} that declares this kind ({@code SQS}, {@code EventBridgeRule}…); empty when none does. */
  public Optional<String> samType() {
    return Optional.ofNullable(samType);
  }

  /**
   * What the kind is called in messages: its SAM event type ({@code SQS}, {@code HttpApi}), and for
   * a kind no SAM event type names, what the service calls it ({@code ALB}, {@code function URL}).
   */
  public String typeName() {
    return samType().orElseGet(() -> switch (this) {
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

  /** The inverse of {@link #samType()}, built from it. */
  private static final Map<String, EventKind> BY_SAM_TYPE = bySamType();

  private static Map<String, EventKind> bySamType() {
    Map<String, EventKind> result = new HashMap<>();
    for (EventKind kind : values()) kind.samType().ifPresent(t -> result.put(t, kind));
    return Collections.unmodifiableMap(result);
  }

  /** The kind a SAM event {@code Type} names. */
  public static EventKind ofSamType(String type) {
    return BY_SAM_TYPE.getOrDefault(type, OTHER);
  }

  /** The kind an {@code AWS::Lambda::Permission} principal implies. */
  public static Optional<EventKind> ofServicePrincipal(String principal) {
    String service = principal.toLowerCase(Locale.ROOT);
    if (service.startsWith("s3.")) return Optional.of(S3);
    if (service.startsWith("sns.")) return Optional.of(SNS);
    if (service.startsWith("events.")) return Optional.of(EVENT_BRIDGE_RULE);
    if (service.startsWith("scheduler.")) return Optional.of(SCHEDULE_V2);
    if (service.startsWith("logs.")) return Optional.of(CLOUDWATCH_LOGS);
    if (service.startsWith("iot.")) return Optional.of(IOT);
    if (service.startsWith("cognito-idp.")) return Optional.of(COGNITO);
    if (service.startsWith("apigateway.")) return Optional.of(API);
    if (service.startsWith("elasticloadbalancing.")) return Optional.of(ALB);
    if (service.startsWith("alexa-appkit.") || service.startsWith("alexa-connectedhome.")) return Optional.of(ALEXA_SKILL);
    if (service.startsWith("lex.") || service.startsWith("lexv2.")) return Optional.of(LEX);
    if (service.startsWith("appsync.")) return Optional.of(APPSYNC);
    return Optional.empty();
  }

  /** The poll-based kind an event source mapping's source resource type implies. */
  public static EventKind ofSourceResourceType(String type) {
    return switch (type) {
      case "AWS::SQS::Queue" -> SQS;
      case "AWS::Kinesis::Stream", "AWS::Kinesis::StreamConsumer" -> KINESIS;
      case "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable" -> DYNAMODB;
      case "AWS::MSK::Cluster", "AWS::MSK::ServerlessCluster" -> MSK;
      case "AWS::AmazonMQ::Broker" -> MQ;
      case "AWS::DocDB::DBCluster" -> DOCUMENT_DB;
      default -> OTHER;
    };
  }

  /** The poll-based kind a literal source ARN implies ({@code arn:aws:sqs:…}). */
  public static EventKind ofArn(String arn) {
    String[] parts = arn.split(":");
    if (parts.length < 3 || !parts[0].equals("arn")) return OTHER;
    return switch (parts[2]) {
      case "sqs" -> SQS;
      case "kinesis" -> KINESIS;
      case "dynamodb" -> DYNAMODB;
      case "kafka" -> MSK;
      case "mq" -> MQ;
      case "rds" -> DOCUMENT_DB;
      default -> OTHER;
    };
  }
}
