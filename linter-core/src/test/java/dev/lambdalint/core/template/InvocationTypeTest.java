package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.template.EventKind.Invocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How each trigger invokes a function, decided by the template model in one place: SAM events,
 * permission principals refined by the resources that name the function, and those resources
 * themselves (user pools, authorizers, data sources, state machines, integrations, targets).
 */
class InvocationTypeTest {

  private static final String YAML = """
      AWSTemplateFormatVersion: '2010-09-09'
      Transform: AWS::Serverless-2016-10-31
      Resources:
        PreToken:
          Type: AWS::Serverless::Function
        PreTokenPermission:
          Type: AWS::Lambda::Permission
          Properties:
            FunctionName: !GetAtt PreToken.Arn
            Principal: cognito-idp.amazonaws.com
        Pool:
          Type: AWS::Cognito::UserPool
          Properties:
            LambdaConfig:
              PreTokenGenerationConfig:
                LambdaArn: !GetAtt PreToken.Arn
              CustomEmailSender:
                LambdaArn: !GetAtt Sender.Arn
        Sender:
          Type: AWS::Serverless::Function
        SenderPermission:
          Type: AWS::Lambda::Permission
          Properties:
            FunctionName: !Ref Sender
            Principal: cognito-idp.amazonaws.com
        SamCognito:
          Type: AWS::Serverless::Function
          Properties:
            Events:
              Sign:
                Type: Cognito
                Properties: {UserPool: !Ref Pool, Trigger: [PreSignUp]}
              Sms:
                Type: Cognito
                Properties: {UserPool: !Ref Pool, Trigger: CustomSMSSender}
        IotAuth:
          Type: AWS::Serverless::Function
        IotAuthPermission:
          Type: AWS::Lambda::Permission
          Properties:
            FunctionName: !Ref IotAuth
            Principal: iot.amazonaws.com
        Authorizer:
          Type: AWS::IoT::Authorizer
          Properties:
            AuthorizerFunctionArn: !GetAtt IotAuth.Arn
        IotRuleFn:
          Type: AWS::Serverless::Function
        IotRulePermission:
          Type: AWS::Lambda::Permission
          Properties:
            FunctionName: !Ref IotRuleFn
            Principal: iot.amazonaws.com
        Rule:
          Type: AWS::IoT::TopicRule
          Properties:
            TopicRulePayload:
              Actions:
                - Lambda: {FunctionArn: !GetAtt IotRuleFn.Arn}
        IotUnknown:
          Type: AWS::Serverless::Function
        IotUnknownPermission:
          Type: AWS::Lambda::Permission
          Properties:
            FunctionName: !Ref IotUnknown
            Principal: iot.amazonaws.com
        ApiAuth:
          Type: AWS::Serverless::Function
        ApiAuthorizer:
          Type: AWS::ApiGateway::Authorizer
          Properties:
            AuthorizerUri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${ApiAuth.Arn}/invocations
        ApiAuthPermission:
          Type: AWS::Lambda::Permission
          Properties:
            FunctionName: !Ref ApiAuth
            Principal: apigateway.amazonaws.com
        SamAuth:
          Type: AWS::Serverless::Function
        SamApi:
          Type: AWS::Serverless::HttpApi
          Properties:
            Auth:
              Authorizers:
                Lambda: {FunctionArn: !GetAtt SamAuth.Arn}
        Resolver:
          Type: AWS::Serverless::Function
        DataSource:
          Type: AWS::AppSync::DataSource
          Properties:
            LambdaConfig: {LambdaFunctionArn: !GetAtt Resolver.Arn}
        Task:
          Type: AWS::Serverless::Function
        Machine:
          Type: AWS::StepFunctions::StateMachine
          Properties:
            DefinitionString: !Sub '{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"${Task.Arn}","End":true}}}'
        EventTask:
          Type: AWS::Serverless::Function
        EventMachine:
          Type: AWS::Serverless::StateMachine
          Properties:
            Definition:
              States:
                A:
                  Resource: arn:aws:states:::lambda:invoke
                  Parameters: {FunctionName: !Ref EventTask, InvocationType: Event}
        PolicyOnly:
          Type: AWS::Serverless::Function
        PolicyMachine:
          Type: AWS::Serverless::StateMachine
          Properties:
            DefinitionUri: machine.asl.json
            Policies:
              - LambdaInvokePolicy: {FunctionName: !Ref PolicyOnly}
        Socket:
          Type: AWS::Serverless::Function
        SocketApi:
          Type: AWS::ApiGatewayV2::Api
          Properties: {ProtocolType: WEBSOCKET}
        SocketIntegration:
          Type: AWS::ApiGatewayV2::Integration
          Properties:
            ApiId: !Ref SocketApi
            IntegrationUri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Socket.Arn}/invocations
        SocketPermission:
          Type: AWS::Lambda::Permission
          Properties:
            FunctionName: !Ref Socket
            Principal: apigateway.amazonaws.com
            SourceArn: !Sub arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${SocketApi}/*
        Rest:
          Type: AWS::Serverless::Function
        RestPermission:
          Type: AWS::Lambda::Permission
          Properties:
            FunctionName: !Ref Rest
            Principal: apigateway.amazonaws.com
        Targets:
          Type: AWS::ElasticLoadBalancingV2::TargetGroup
          Properties:
            Targets:
              - Id: !GetAtt Alb.Arn
        Alb:
          Type: AWS::Serverless::Function
          Properties:
            FunctionUrlConfig: {AuthType: AWS_IAM}
        Lex:
          Type: AWS::Serverless::Function
        LexPermission:
          Type: AWS::Lambda::Permission
          Properties:
            FunctionName: !Ref Lex
            Principal: lexv2.amazonaws.com
        Scheduled:
          Type: AWS::Serverless::Function
        Schedule:
          Type: AWS::Scheduler::Schedule
          Properties:
            Target: {Arn: !GetAtt Scheduled.Arn}
        Mixed:
          Type: AWS::Serverless::Function
          Properties:
            Events:
              Api: {Type: Api}
              Queue: {Type: SQS}
              Topic: {Type: SNS}
              Odd: {Type: Something}
      """;

  private final Template yaml = TemplateViewTest.template("template.yaml", YAML);

  /** The 1-based line of the only line of {@code text} that reads {@code content} (indentation aside). */
  private static int line(String text, String content) {
    List<String> lines = text.lines().toList();
    List<Integer> found = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).strip().equals(content)) found.add(i + 1);
    assertThat(found).as("lines reading %s", content).hasSize(1);
    return found.get(0);
  }

  /** Each trigger as {@code name KIND INVOCATION line}. */
  private static List<String> triggers(Template t, String function) {
    return t.function(function).orElseThrow().events().stream()
        .map(s -> s.name() + " " + s.kind() + " " + s.invocation() + " " + s.anchor().range().startLine())
        .toList();
  }

  @Test
  void cognitoTriggersWaitButTheCustomSendersDoNot() {
    assertThat(triggers(yaml, "PreToken")).containsExactly("PreTokenPermission COGNITO SYNC " + line(YAML, "PreTokenPermission:"), "Pool PreTokenGenerationConfig COGNITO SYNC " + line(YAML, "PreTokenGenerationConfig:"));
    assertThat(triggers(yaml, "Sender"))
        .containsExactly("Pool CustomEmailSender COGNITO_CUSTOM_SENDER ASYNC " + line(YAML, "CustomEmailSender:"), "SenderPermission COGNITO_CUSTOM_SENDER ASYNC " + line(YAML, "SenderPermission:"));
    assertThat(triggers(yaml, "SamCognito")).containsExactly("Sign COGNITO SYNC " + line(YAML, "Sign:"), "Sms COGNITO_CUSTOM_SENDER ASYNC " + line(YAML, "Sms:"));
  }

  @Test
  void iotPermissionsAreRulesOrAuthorizersByWhatNamesTheFunction() {
    assertThat(triggers(yaml, "IotAuth")).containsExactly("IotAuthPermission IOT_AUTHORIZER SYNC " + line(YAML, "IotAuthPermission:"), "Authorizer IOT_AUTHORIZER SYNC " + line(YAML, "Authorizer:"));
    assertThat(triggers(yaml, "IotRuleFn")).containsExactly("IotRulePermission IOT_RULE ASYNC " + line(YAML, "IotRulePermission:"), "Rule IOT_RULE ASYNC " + line(YAML, "- Lambda: {FunctionArn: !GetAtt IotRuleFn.Arn}"));
    assertThat(triggers(yaml, "IotUnknown")).containsExactly("IotUnknownPermission IOT UNKNOWN " + line(YAML, "IotUnknownPermission:"));
  }

  @Test
  void authorizersDataSourcesAndStateMachinesAreSynchronous() {
    assertThat(triggers(yaml, "ApiAuth")).containsExactly("ApiAuthorizer API_AUTHORIZER SYNC " + line(YAML, "ApiAuthorizer:"), "ApiAuthPermission API_AUTHORIZER SYNC " + line(YAML, "ApiAuthPermission:"));
    assertThat(triggers(yaml, "SamAuth")).containsExactly("SamApi Lambda API_AUTHORIZER SYNC " + line(YAML, "Lambda: {FunctionArn: !GetAtt SamAuth.Arn}"));
    assertThat(triggers(yaml, "Resolver")).containsExactly("DataSource APPSYNC SYNC " + line(YAML, "DataSource:"));
    assertThat(triggers(yaml, "Task")).containsExactly("Machine STEP_FUNCTIONS SYNC " + line(YAML, "Machine:"));
    assertThat(triggers(yaml, "EventTask")).containsExactly("EventMachine STEP_FUNCTIONS UNKNOWN " + line(YAML, "EventMachine:"));
    assertThat(triggers(yaml, "PolicyOnly")).as("a policy is not a trigger").isEmpty();
  }

  @Test
  void apiGatewayPermissionsAreToldApartByTheApi() {
    assertThat(triggers(yaml, "Socket"))
        .containsExactly("SocketIntegration WEBSOCKET_API SYNC " + line(YAML, "SocketIntegration:"), "SocketPermission WEBSOCKET_API SYNC " + line(YAML, "SocketPermission:"));
    assertThat(triggers(yaml, "Rest")).containsExactly("RestPermission API SYNC " + line(YAML, "RestPermission:"));
  }

  @Test
  void targetsUrlsLexSchedulesAndSamEvents() {
    assertThat(triggers(yaml, "Alb")).containsExactly("Targets ALB SYNC " + line(YAML, "- Id: !GetAtt Alb.Arn"), "FunctionUrlConfig FUNCTION_URL SYNC " + line(YAML, "FunctionUrlConfig: {AuthType: AWS_IAM}"));
    assertThat(triggers(yaml, "Lex")).containsExactly("LexPermission LEX SYNC " + line(YAML, "LexPermission:"));
    assertThat(triggers(yaml, "Scheduled")).containsExactly("Schedule SCHEDULE_V2 ASYNC " + line(YAML, "Schedule:"));
    assertThat(triggers(yaml, "Mixed")).containsExactly("Api API SYNC " + line(YAML, "Api: {Type: Api}"), "Queue SQS POLL " + line(YAML, "Queue: {Type: SQS}"), "Topic SNS ASYNC " + line(YAML, "Topic: {Type: SNS}"),
        "Odd OTHER UNKNOWN " + line(YAML, "Odd: {Type: Something}"));
    Function mixed = yaml.function("Mixed").orElseThrow();
    assertThat(mixed.triggers(Invocation.ASYNC)).extracting(EventSource::name).containsExactly("Topic");
    assertThat(mixed.triggers(Invocation.UNKNOWN)).extracting(EventSource::name).containsExactly("Odd");
  }

  private static final String JSON = """
      {
        "Resources": {
          "PreToken": {"Type": "AWS::Lambda::Function"},
          "Permission": {
            "Type": "AWS::Lambda::Permission",
            "Properties": {"FunctionName": {"Ref": "PreToken"}, "Principal": "cognito-idp.amazonaws.com"}
          },
          "Pool": {
            "Type": "AWS::Cognito::UserPool",
            "Properties": {
              "LambdaConfig": {
                "PreTokenGeneration": {"Fn::GetAtt": ["PreToken", "Arn"]}
              }
            }
          },
          "IotAuth": {"Type": "AWS::Lambda::Function"},
          "IotPermission": {
            "Type": "AWS::Lambda::Permission",
            "Properties": {
              "FunctionName": {"Ref": "IotAuth"},
              "Principal": "iot.amazonaws.com",
              "SourceArn": {"Fn::Join": ["", ["arn:aws:iot:eu-west-1:123456789012:authorizer/", "device"]]}
            }
          },
          "RuleFn": {"Type": "AWS::Lambda::Function"},
          "RulePermission": {
            "Type": "AWS::Lambda::Permission",
            "Properties": {
              "FunctionName": {"Ref": "RuleFn"},
              "Principal": "iot.amazonaws.com",
              "SourceArn": {"Fn::Sub": "arn:aws:iot:${AWS::Region}:${AWS::AccountId}:rule/telemetry"}
            }
          },
          "Sender": {"Type": "AWS::Lambda::Function"},
          "SenderPool": {
            "Type": "AWS::Cognito::UserPool",
            "Properties": {
              "LambdaConfig": {
                "CustomSMSSender": {"LambdaArn": {"Fn::GetAtt": ["Sender", "Arn"]}, "LambdaVersion": "V1_0"}
              }
            }
          }
        }
      }
      """;

  @Test
  void jsonTemplatesReadTheSameWay() {
    Template json = TemplateViewTest.template("template.json", JSON);
    assertThat(triggers(json, "PreToken")).containsExactly("Permission COGNITO SYNC " + line(JSON, "\"Permission\": {"), "Pool PreTokenGeneration COGNITO SYNC " + line(JSON, "\"PreTokenGeneration\": {\"Fn::GetAtt\": [\"PreToken\", \"Arn\"]}"));
    assertThat(triggers(json, "IotAuth")).containsExactly("IotPermission IOT_AUTHORIZER SYNC " + line(JSON, "\"IotPermission\": {"));
    assertThat(triggers(json, "RuleFn")).containsExactly("RulePermission IOT_RULE ASYNC " + line(JSON, "\"RulePermission\": {"));
    assertThat(triggers(json, "Sender")).containsExactly("SenderPool CustomSMSSender COGNITO_CUSTOM_SENDER ASYNC " + line(JSON, "\"CustomSMSSender\": {\"LambdaArn\": {\"Fn::GetAtt\": [\"Sender\", \"Arn\"]}, \"LambdaVersion\": \"V1_0\"}"));
  }
}
