package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What each trigger delivers to a Java handler: the table beside {@link TriggerPayload}, and how triggers find their row. */
class TriggerPayloadTest {
  private static final String EVENTS = "com.amazonaws.services.lambda.runtime.events.";
  private static final List<String> COGNITO_TRIGGERS = List.of("PreSignUp", "PostConfirmation", "PreAuthentication",
      "PostAuthentication", "DefineAuthChallenge", "CreateAuthChallenge", "VerifyAuthChallengeResponse",
      "PreTokenGeneration", "CustomMessage", "UserMigration", "CustomSMSSender", "CustomEmailSender");

  @Test
  void theTableHasEveryPairingTheCatalogNames() {
    Map<String, Set<String>> table = TriggerPayload.table();
    assertThat(table.get("S3")).contains(EVENTS + "S3Event", EVENTS + "models.s3.S3EventNotification");
    assertThat(table.get("SQS")).containsExactly(EVENTS + "SQSEvent");
    assertThat(table.get("SNS")).containsExactly(EVENTS + "SNSEvent");
    assertThat(table.get("Kinesis")).contains(EVENTS + "KinesisEvent");
    assertThat(table.get("DynamoDB")).contains(EVENTS + "DynamodbEvent");
    assertThat(table.get("EventBridge")).containsExactly(EVENTS + "ScheduledEvent");
    assertThat(table.get("ALB")).containsExactly(EVENTS + "ApplicationLoadBalancerRequestEvent");
    // the catalog spells it CloudwatchLogsEvent; the class is CloudWatchLogsEvent (aws-lambda-java-events 3.11.0)
    assertThat(table.get("CloudWatchLogs")).containsExactly(EVENTS + "CloudWatchLogsEvent");
    assertThat(table.get("Kafka")).containsExactly(EVENTS + "KafkaEvent");
    assertThat(table.get("MQ")).containsExactly(EVENTS + "ActiveMQEvent", EVENTS + "RabbitMQEvent");
    assertThat(table.get("RestApi[AWS_PROXY]")).containsExactly(EVENTS + "APIGatewayProxyRequestEvent");
    assertThat(table.get("HttpApi[PayloadFormatVersion=1.0]")).containsExactly(EVENTS + "APIGatewayProxyRequestEvent");
    assertThat(table.get("HttpApi[PayloadFormatVersion=2.0]")).containsExactly(EVENTS + "APIGatewayV2HTTPEvent");
    assertThat(table.get("FunctionUrl")).containsExactly(EVENTS + "APIGatewayV2HTTPEvent");
    for (String trigger : COGNITO_TRIGGERS) {
      assertThat(table.get("Cognito[Trigger=" + trigger + "]")).as(trigger).contains(EVENTS + "CognitoUserPoolEvent")
          .noneMatch(c -> c.equals(EVENTS + "CognitoEvent")); // CognitoEvent is Cognito Sync, not user pools
    }
  }

  @Test
  void everyRowIsWhatSomeTriggerDeliversAndEveryTriggerHasARow() {
    Template template = TemplateViewTest.template("template.yaml", everyKind());
    Set<String> emitted = new TreeSet<>();
    for (Function f : template.functions()) {
      Optional<List<TriggerPayload>> payloads = f.triggerPayloads();
      assertThat(payloads).as(f.logicalId()).isPresent();
      assertThat(payloads.get()).as(f.logicalId()).isNotEmpty();
      payloads.get().forEach(p -> emitted.add(p.key().orElseThrow()));
    }
    Set<String> rows = TriggerPayload.table().keySet().stream()
        .map(k -> k.startsWith("Cognito[") ? "Cognito" : k).collect(Collectors.toCollection(TreeSet::new));
    Set<String> emittedKinds = emitted.stream().map(k -> k.startsWith("Cognito[") ? "Cognito" : k)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(emittedKinds).isEqualTo(rows);
    for (String trigger : COGNITO_TRIGGERS) assertThat(emitted).contains("Cognito[Trigger=" + trigger + "]");
  }

  @Test
  void httpApiIsPayload20UnlessTheEventSays10AndUnknownWhenItCannotBeRead() {
    Template template = TemplateViewTest.template("template.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Parameters:
          Version:
            Type: String
        Resources:
          External:
            Type: AWS::Serverless::HttpApi
            Properties:
              DefinitionUri: openapi.yaml
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Handler: a.B::handle
              Runtime: java21
              Events:
                Default: {Type: HttpApi, Properties: {Path: /a, Method: get}}
                V1: {Type: HttpApi, Properties: {Path: /b, Method: get, PayloadFormatVersion: '1.0'}}
          Unknowable:
            Type: AWS::Serverless::Function
            Properties:
              Handler: a.B::handle
              Events:
                E: {Type: HttpApi, Properties: {Path: /c, Method: get, PayloadFormatVersion: !Ref Version}}
          ExternalDefinition:
            Type: AWS::Serverless::Function
            Properties:
              Handler: a.B::handle
              Events:
                E: {Type: HttpApi, Properties: {ApiId: !Ref External, Path: /d, Method: get}}
        """);
    List<TriggerPayload> payloads = template.function("Fn").orElseThrow().triggerPayloads().orElseThrow();
    assertThat(payloads).extracting(p -> p.key().orElseThrow())
        .containsExactly("HttpApi[PayloadFormatVersion=2.0]", "HttpApi[PayloadFormatVersion=1.0]");
    assertThat(payloads.get(0).detail()).isEqualTo("payload format 2.0, the default");
    assertThat(template.function("Unknowable").orElseThrow().triggerPayloads()).isEmpty();
    assertThat(template.function("ExternalDefinition").orElseThrow().triggerPayloads()).isEmpty();
  }

  @Test
  void customInputsSchedulerCustomResourcesAndOtherAccountsMakeThePayloadUnknown() {
    Template template = TemplateViewTest.template("template.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Queue: {Type: AWS::SQS::Queue}
          WithInput:
            Type: AWS::Serverless::Function
            Properties:
              Handler: a.B::handle
              Events:
                Q: {Type: SQS, Properties: {Queue: !GetAtt Queue.Arn}}
                S: {Type: Schedule, Properties: {Schedule: rate(1 day), Input: '{}'}}
          Scheduler:
            Type: AWS::Serverless::Function
            Properties:
              Handler: a.B::handle
              Events:
                S: {Type: ScheduleV2, Properties: {ScheduleExpression: rate(1 day)}}
          Seeded:
            Type: AWS::Serverless::Function
            Properties:
              Handler: a.B::handle
              Events:
                Q: {Type: SQS, Properties: {Queue: !GetAtt Queue.Arn}}
          Seed:
            Type: Custom::Seed
            Properties:
              ServiceToken: !GetAtt Seeded.Arn
          Shared:
            Type: AWS::Serverless::Function
            Properties:
              Handler: a.B::handle
              Events:
                Q: {Type: SQS, Properties: {Queue: !GetAtt Queue.Arn}}
          OtherAccount:
            Type: AWS::Lambda::Permission
            Properties:
              Action: lambda:InvokeFunction
              FunctionName: !Ref Shared
              Principal: '123456789012'
          ByCode:
            Type: AWS::Serverless::Function
            Properties:
              Handler: a.B::handle
          Watched:
            Type: AWS::Serverless::Function
            Properties:
              Handler: a.B::handle
              Events:
                Q: {Type: SQS, Properties: {Queue: !GetAtt Queue.Arn}}
          WatchedErrors:
            Type: AWS::CloudWatch::Alarm
            Properties:
              MetricName: Errors
              Namespace: AWS/Lambda
              Dimensions: [{Name: FunctionName, Value: !Ref Watched}]
        """);
    assertThat(template.function("WithInput").orElseThrow().triggerPayloads()).isEmpty();
    assertThat(template.function("Scheduler").orElseThrow().triggerPayloads()).isEmpty();
    assertThat(template.function("Seeded").orElseThrow().triggerPayloads()).isEmpty();
    assertThat(template.function("Shared").orElseThrow().triggerPayloads()).isEmpty();
    assertThat(template.function("ByCode").orElseThrow().triggerPayloads()).contains(List.of());
    // an alarm on the function's metrics does not invoke it
    assertThat(template.function("Watched").orElseThrow().triggerPayloads().orElseThrow())
        .extracting(p -> p.key().orElseThrow()).containsExactly("SQS");
  }

  /** One function per kind of trigger the table has a row for. */
  private static String everyKind() {
    StringBuilder t = new StringBuilder("""
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Bucket: {Type: AWS::S3::Bucket}
          Queue: {Type: AWS::SQS::Queue}
          Topic: {Type: AWS::SNS::Topic}
          Stream: {Type: AWS::Kinesis::Stream, Properties: {ShardCount: 1}}
          Table: {Type: AWS::DynamoDB::Table, Properties: {StreamSpecification: {StreamViewType: NEW_IMAGE}}}
          Active: {Type: AWS::AmazonMQ::Broker, Properties: {EngineType: ACTIVEMQ}}
          Rabbit: {Type: AWS::AmazonMQ::Broker, Properties: {EngineType: RabbitMQ}}
          Pool: {Type: AWS::Cognito::UserPool}
          Ws: {Type: AWS::ApiGatewayV2::Api, Properties: {ProtocolType: WEBSOCKET}}
          WsIntegration:
            Type: AWS::ApiGatewayV2::Integration
            Properties: {ApiId: !Ref Ws, IntegrationType: AWS_PROXY, IntegrationUri: !GetAtt WsFn.Arn}
          Targets:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties: {TargetType: lambda, Targets: [{Id: !GetAtt AlbFn.Arn}]}
          Bot:
            Type: AWS::Lex::Bot
            Properties:
              TestBotAliasSettings: {BotAliasLocaleSettings: [{LocaleId: en_US, BotAliasLocaleSetting: {Enabled: true, CodeHookSpecification: {LambdaCodeHook: {LambdaArn: !GetAtt LexFn.Arn, CodeHookInterfaceVersion: '1.0'}}}}]}
        """);
    Map<String, String> events = new java.util.LinkedHashMap<>();
    events.put("S3Fn", "{Type: S3, Properties: {Bucket: !Ref Bucket, Events: 's3:ObjectCreated:*'}}");
    events.put("SqsFn", "{Type: SQS, Properties: {Queue: !GetAtt Queue.Arn}}");
    events.put("SnsFn", "{Type: SNS, Properties: {Topic: !Ref Topic}}");
    events.put("KinesisFn", "{Type: Kinesis, Properties: {Stream: !GetAtt Stream.Arn, StartingPosition: LATEST}}");
    events.put("DdbFn", "{Type: DynamoDB, Properties: {Stream: !GetAtt Table.StreamArn, StartingPosition: LATEST}}");
    events.put("MskFn", "{Type: MSK, Properties: {Stream: arn:aws:kafka:us-east-1:123456789012:cluster/c/1, Topics: [t]}}");
    events.put("MqFn", "{Type: MQ, Properties: {Broker: arn:aws:mq:us-east-1:123456789012:broker:b:1, Queues: [q]}}");
    events.put("ActiveFn", "{Type: MQ, Properties: {Broker: !GetAtt Active.Arn, Queues: [q]}}");
    events.put("RabbitFn", "{Type: MQ, Properties: {Broker: !GetAtt Rabbit.Arn, Queues: [q]}}");
    events.put("LogsFn", "{Type: CloudWatchLogs, Properties: {LogGroupName: g, FilterPattern: ''}}");
    events.put("RuleFn", "{Type: EventBridgeRule, Properties: {Pattern: {source: [aws.s3]}}}");
    events.put("RestFn", "{Type: Api, Properties: {Path: /a, Method: get}}");
    events.put("Http1Fn", "{Type: HttpApi, Properties: {PayloadFormatVersion: '1.0'}}");
    events.put("Http2Fn", "{Type: HttpApi}");
    for (String trigger : COGNITO_TRIGGERS) events.put(trigger + "Fn", "{Type: Cognito, Properties: {UserPool: !Ref Pool, Trigger: " + trigger + "}}");
    events.forEach((fn, event) -> t.append("  ").append(fn).append(":\n    Type: AWS::Serverless::Function\n")
        .append("    Properties:\n      Handler: a.B::handle\n      Events:\n        E: ").append(event).append('\n'));
    for (String fn : List.of("WsFn", "AlbFn", "LexFn")) {
      t.append("  ").append(fn).append(":\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: a.B::handle\n");
    }
    t.append("  UrlFn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: a.B::handle\n      FunctionUrlConfig: {AuthType: AWS_IAM}\n");
    return t.toString();
  }
}
