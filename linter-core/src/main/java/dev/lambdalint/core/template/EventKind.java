package dev.lambdalint.core.template;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of trigger, and how each invokes a function when nothing else is known. Where one
 * service invokes both ways (AWS IoT: rules asynchronously, authorizers synchronously; Cognito:
 * every user-pool trigger synchronously but the custom senders), the kinds are told apart by
 * {@link EventSources}, the one place that decides how a function is invoked.
 */
public enum EventKind {
  S3(Invocation.ASYNC),
  SNS(Invocation.ASYNC),
  EVENT_BRIDGE_RULE(Invocation.ASYNC),
  CLOUDWATCH_EVENT(Invocation.ASYNC),
  SCHEDULE(Invocation.ASYNC),
  SCHEDULE_V2(Invocation.ASYNC),
  CLOUDWATCH_LOGS(Invocation.ASYNC),
  IOT_RULE(Invocation.ASYNC),
  /**
   * Cognito's custom email/SMS sender triggers: "Except for Custom Sender Lambda triggers, Amazon
   * Cognito invokes Lambda functions synchronously" (Amazon Cognito Developer Guide, Customizing
   * user pool workflows with Lambda triggers, Important considerations).
   */
  COGNITO_CUSTOM_SENDER(Invocation.ASYNC),
  /** Every other Cognito user-pool trigger: Cognito waits for the reply (5 s). */
  COGNITO(Invocation.SYNC),
  SQS(Invocation.POLL),
  KINESIS(Invocation.POLL),
  DYNAMODB(Invocation.POLL),
  MSK(Invocation.POLL),
  MQ(Invocation.POLL),
  SELF_MANAGED_KAFKA(Invocation.POLL),
  DOCUMENT_DB(Invocation.POLL),
  API(Invocation.SYNC),
  HTTP_API(Invocation.SYNC),
  ALB(Invocation.SYNC),
  FUNCTION_URL(Invocation.SYNC),
  ALEXA_SKILL(Invocation.SYNC),
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

  EventKind(Invocation invocation) {
    this.invocation = invocation;
  }

  public Invocation invocation() {
    return invocation;
  }

  /** The kind a SAM event {@code Type} names. */
  public static EventKind ofSamType(String type) {
    return switch (type) {
      case "S3" -> S3;
      case "SNS" -> SNS;
      case "SQS" -> SQS;
      case "Kinesis" -> KINESIS;
      case "DynamoDB" -> DYNAMODB;
      case "Api" -> API;
      case "HttpApi" -> HTTP_API;
      case "EventBridgeRule" -> EVENT_BRIDGE_RULE;
      case "CloudWatchEvent" -> CLOUDWATCH_EVENT;
      case "Schedule" -> SCHEDULE;
      case "ScheduleV2" -> SCHEDULE_V2;
      case "CloudWatchLogs" -> CLOUDWATCH_LOGS;
      case "IoTRule" -> IOT_RULE;
      case "Cognito" -> COGNITO;
      case "MSK" -> MSK;
      case "MQ" -> MQ;
      case "SelfManagedKafka" -> SELF_MANAGED_KAFKA;
      case "DocumentDB" -> DOCUMENT_DB;
      case "AlexaSkill" -> ALEXA_SKILL;
      default -> OTHER;
    };
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
