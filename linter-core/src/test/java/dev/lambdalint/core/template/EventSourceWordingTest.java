package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How each way of declaring a trigger is spelled in messages, and what each kind is called. */
class EventSourceWordingTest {
  private static final Template TEMPLATE = TemplateViewTest.template("template.yaml", """
      Transform: AWS::Serverless-2016-10-31
      Resources:
        Queue:
          Type: AWS::SQS::Queue
        Topic:
          Type: AWS::SNS::Topic
        Fn:
          Type: AWS::Serverless::Function
          Properties:
            FunctionUrlConfig: {AuthType: AWS_IAM}
            Events:
              Fulfil:
                Type: SQS
                Properties: {Queue: !GetAtt Queue.Arn}
        OrdersMapping:
          Type: AWS::Lambda::EventSourceMapping
          Properties:
            EventSourceArn: !GetAtt Queue.Arn
            FunctionName: !Ref Fn
        Nightly:
          Type: AWS::Events::Rule
          Properties:
            ScheduleExpression: rate(1 day)
            Targets:
              - {Id: t, Arn: !GetAtt Fn.Arn}
        Sub:
          Type: AWS::SNS::Subscription
          Properties:
            Protocol: lambda
            TopicArn: !Ref Topic
            Endpoint: !GetAtt Fn.Arn
        Uploads:
          Type: AWS::S3::Bucket
          Properties:
            NotificationConfiguration:
              LambdaConfigurations:
                - {Event: s3:ObjectCreated:*, Function: !GetAtt Fn.Arn}
        GetOrder:
          Type: AWS::ApiGateway::Method
          Properties:
            HttpMethod: GET
            Integration:
              Type: AWS_PROXY
              Uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations
        AllowApi:
          Type: AWS::Lambda::Permission
          Properties:
            FunctionName: !Ref Fn
            Action: lambda:InvokeFunction
            Principal: apigateway.amazonaws.com
        Url:
          Type: AWS::Lambda::Url
          Properties:
            AuthType: NONE
            TargetFunctionArn: !GetAtt Fn.Arn
      """);

  private static EventSource source(String name) {
    return TEMPLATE.function("Fn").orElseThrow().events().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void eachDeclarationIsSpelledAsTheTemplateWritesIt() {
    assertThat(source("Fulfil").describe()).isEqualTo("SQS event Fulfil");
    assertThat(source("OrdersMapping").describe()).isEqualTo("event source mapping OrdersMapping");
    assertThat(source("Nightly").describe()).isEqualTo("EventBridge rule Nightly");
    assertThat(source("Sub").describe()).isEqualTo("SNS subscription Sub");
    assertThat(source("Uploads").describe()).isEqualTo("notification of bucket Uploads");
    assertThat(source("GetOrder").describe()).isEqualTo("API Gateway method GetOrder");
    assertThat(source("AllowApi").describe()).isEqualTo("permission AllowApi");
    assertThat(source("Url").describe()).isEqualTo("function URL Url");
  }

  @Test
  void samsOwnFunctionUrlConfigIsCalledByItsPropertyName() {
    assertThat(source("FunctionUrlConfig").describe()).isEqualTo("FunctionUrlConfig");
  }

  @Test
  void withItsServiceAPermissionSaysWhoItLetsInvoke() {
    assertThat(source("AllowApi").describeWithService()).isEqualTo("API Gateway permission AllowApi");
    assertThat(source("GetOrder").describeWithService()).isEqualTo("API Gateway method GetOrder");
  }

  @Test
  void aKindIsCalledByItsSamTypeOrElseByWhatTheServiceCallsIt() {
    assertThat(EventKind.KINESIS.typeName()).isEqualTo("Kinesis");
    assertThat(EventKind.HTTP_API.typeName()).isEqualTo("HttpApi");
    assertThat(EventKind.FUNCTION_URL.typeName()).isEqualTo("function URL");
    assertThat(EventKind.COGNITO_CUSTOM_SENDER.typeName()).isEqualTo("Cognito custom sender");
    for (EventKind kind : EventKind.values()) assertThat(kind.typeName()).as(kind.name()).isNotBlank();
  }
}
