package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Settings a function declares even when their value cannot be read: tracing, dead-letter queue, on-failure destination. */
class DeclaredSettingsTest {
  private static final Template TEMPLATE = TemplateViewTest.template("template.yaml", """
      Transform: AWS::Serverless-2016-10-31
      Parameters:
        Mode:
          Type: String
      Conditions:
        Prod: !Equals [a, a]
      Resources:
        Plain:
          Type: AWS::Serverless::Function
        TracedByIf:
          Type: AWS::Serverless::Function
          Properties:
            Tracing: !If [Prod, Active, PassThrough]
        TracedByParameter:
          Type: AWS::Lambda::Function
          Properties:
            TracingConfig:
              Mode: !Ref Mode
        Traced:
          Type: AWS::Lambda::Function
          Properties:
            TracingConfig:
              Mode: Active
        DlqByIf:
          Type: AWS::Serverless::Function
          Properties:
            DeadLetterQueue: !If [Prod, {Type: SQS, TargetArn: arn}, !Ref AWS::NoValue]
        Dlq:
          Type: AWS::Lambda::Function
          Properties:
            DeadLetterConfig:
              TargetArn: arn:aws:sqs:us-east-1:123456789012:dlq
        OnFailureByIf:
          Type: AWS::Serverless::Function
          Properties:
            EventInvokeConfig:
              DestinationConfig: !If [Prod, {OnFailure: {Type: SQS}}, !Ref AWS::NoValue]
        OnFailureUnreadable:
          Type: AWS::Serverless::Function
          Properties:
            EventInvokeConfig:
              DestinationConfig:
                OnFailure: !Ref Mode
        OnSuccessOnly:
          Type: AWS::Serverless::Function
          Properties:
            EventInvokeConfig:
              DestinationConfig:
                OnSuccess:
                  Type: SQS
        OnFailureResource:
          Type: AWS::Lambda::Function
        Snap:
          Type: AWS::Serverless::Function
          Properties:
            SnapStart:
              ApplyOn: PublishedVersions
        SnapOff:
          Type: AWS::Serverless::Function
          Properties:
            SnapStart:
              ApplyOn: None
        SnapByIf:
          Type: AWS::Serverless::Function
          Properties:
            SnapStart: !If [Prod, {ApplyOn: PublishedVersions}, !Ref AWS::NoValue]
        SnapByParameter:
          Type: AWS::Serverless::Function
          Properties:
            SnapStart:
              ApplyOn: !Ref Mode
        OnFailureResourceConfig:
          Type: AWS::Lambda::EventInvokeConfig
          Properties:
            FunctionName: !Ref OnFailureResource
            Qualifier: $LATEST
            DestinationConfig:
              OnFailure:
                Destination: arn:aws:sqs:us-east-1:123456789012:failed
      """);

  private static Function function(String id) {
    return TEMPLATE.function(id).orElseThrow();
  }

  @Test
  void tracingWrittenAsAnIntrinsicIsUnknowableNotUnset() {
    assertThat(function("TracedByIf").tracing()).isEmpty();
    assertThat(function("TracedByIf").isTracingUnknowable()).isTrue();
    assertThat(function("TracedByParameter").isTracingUnknowable()).isTrue();
    assertThat(function("Plain").isTracingUnknowable()).isFalse();
    assertThat(function("Traced").isTracingUnknowable()).isFalse();
    assertThat(function("Traced").tracing().orElseThrow().value()).isEqualTo("Active");
  }

  @Test
  void aDeadLetterQueueWrittenAsAnIntrinsicIsDeclared() {
    assertThat(function("DlqByIf").declaresDeadLetterQueue()).isTrue();
    assertThat(function("Dlq").declaresDeadLetterQueue()).isTrue();
    assertThat(function("Plain").declaresDeadLetterQueue()).isFalse();
  }

  @Test
  void anOnFailureDestinationIsDeclaredWhereverAndHoweverItIsWritten() {
    assertThat(function("OnFailureByIf").declaresOnFailureDestination()).isTrue();
    assertThat(function("OnFailureUnreadable").declaresOnFailureDestination()).isTrue();
    assertThat(function("OnFailureUnreadable").eventInvokeConfig().orElseThrow().onFailure()).isEmpty();
    assertThat(function("OnFailureResource").declaresOnFailureDestination()).isTrue();
    assertThat(function("OnSuccessOnly").declaresOnFailureDestination()).isFalse();
    assertThat(function("Plain").declaresOnFailureDestination()).isFalse();
  }

  @Test
  void snapStartOnOrNotReadableCountsAsDeclared() {
    assertThat(function("Snap").declaresSnapStart()).isTrue();
    assertThat(function("SnapByIf").declaresSnapStart()).isTrue();
    assertThat(function("SnapByParameter").declaresSnapStart()).isTrue();
    assertThat(function("SnapOff").declaresSnapStart()).isFalse();
    assertThat(function("Plain").declaresSnapStart()).isFalse();
  }
}
