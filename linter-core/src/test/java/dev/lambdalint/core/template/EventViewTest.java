package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The event-source accessors the LL2xx/LL5xx rules use: mappings, queues, references, provisioned concurrency. */
class EventViewTest {

  private static final String TEMPLATE = """
      AWSTemplateFormatVersion: '2010-09-09'
      Transform: AWS::Serverless-2016-10-31
      Parameters:
        Window:
          Type: Number
        Visibility:
          Type: Number
          Default: 90
      Resources:
        Queue:
          Type: AWS::SQS::Queue
          Properties:
            VisibilityTimeout: !Ref Visibility
            RedrivePolicy:
              deadLetterTargetArn: !GetAtt Dlq.Arn
              maxReceiveCount: 3
        StringRedrive:
          Type: AWS::SQS::Queue
          Properties:
            RedrivePolicy: '{"deadLetterTargetArn":"arn:aws:sqs:eu-west-1:1:d","maxReceiveCount":3}'
        SubRedrive:
          Type: AWS::SQS::Queue
          Properties:
            RedrivePolicy: !Sub '{"deadLetterTargetArn":"${Dlq.Arn}","maxReceiveCount":3}'
        IfRedrive:
          Type: AWS::SQS::Queue
          Properties:
            RedrivePolicy: !If [C, {deadLetterTargetArn: x}, !Ref AWS::NoValue]
        NoTarget:
          Type: AWS::SQS::Queue
          Properties:
            RedrivePolicy: {maxReceiveCount: 3}
        Dlq:
          Type: AWS::SQS::Queue
        Stream:
          Type: AWS::Kinesis::Stream
        Fn:
          Type: AWS::Serverless::Function
          Properties:
            Runtime: java21
            Handler: com.example.H::handleRequest
            AutoPublishAlias: live
            ProvisionedConcurrencyConfig:
              ProvisionedConcurrentExecutions: 1
            Events:
              Work:
                Type: SQS
                Properties:
                  Queue: !GetAtt Queue.Arn
                  MaximumBatchingWindowInSeconds: !Ref Window
        Plain:
          Type: AWS::Lambda::Function
          Properties:
            Runtime: java21
            Handler: com.example.H::handleRequest
        PlainVersion:
          Type: AWS::Lambda::Version
          Properties:
            FunctionName: !Ref Plain
            ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 1}
        Cold:
          Type: AWS::Lambda::Function
          Properties:
            Runtime: java21
            Handler: com.example.H::handleRequest
        StreamMapping:
          Type: AWS::Lambda::EventSourceMapping
          Properties:
            FunctionName: !GetAtt Cold.Arn
            EventSourceArn: !GetAtt Stream.Arn
            MaximumRetryAttempts: 5
            DestinationConfig:
              OnFailure:
                Destination: !GetAtt Dlq.Arn
        ExternalMapping:
          Type: AWS::Lambda::EventSourceMapping
          Properties:
            FunctionName: other-stack-function
            EventSourceArn: !GetAtt Queue.Arn
      """;

  private final Template t = TemplateViewTest.template("template.yaml", TEMPLATE);

  private SqsQueue queue(String id) {
    return SqsQueue.of(t.resource(id).orElseThrow()).orElseThrow();
  }

  @Test
  void queuesReadTheirRedrivePolicyInEveryForm() {
    assertThat(queue("Queue").redrive()).isEqualTo(SqsQueue.Redrive.PRESENT);
    assertThat(queue("StringRedrive").redrive()).isEqualTo(SqsQueue.Redrive.PRESENT);
    assertThat(queue("SubRedrive").redrive()).isEqualTo(SqsQueue.Redrive.PRESENT);
    assertThat(queue("IfRedrive").redrive()).isEqualTo(SqsQueue.Redrive.UNKNOWN);
    assertThat(queue("NoTarget").redrive()).isEqualTo(SqsQueue.Redrive.ABSENT);
    assertThat(queue("Dlq").redrive()).isEqualTo(SqsQueue.Redrive.ABSENT);
    assertThat(queue("Dlq").isNamedAsDeadLetterQueue()).isTrue();
    assertThat(queue("Queue").isNamedAsDeadLetterQueue()).isFalse();
  }

  @Test
  void visibilityTimeoutResolvesParametersAndDefaults() {
    Setting<Long> set = queue("Queue").visibilityTimeout().orElseThrow();
    assertThat(set.value()).isEqualTo(90L);
    assertThat(set.origin()).isEqualTo(Setting.Origin.FUNCTION);
    assertThat(set.node().range().startLine()).isEqualTo(13);
    assertThat(queue("Dlq").visibilityTimeout().orElseThrow().isDefault()).isTrue();
    assertThat(queue("Dlq").visibilityTimeout().orElseThrow().value()).isEqualTo(30L);
  }

  @Test
  void eventSourceMappingsIncludeThoseForFunctionsElsewhere() {
    assertThat(t.eventSourceMappings()).extracting(EventSource::name).containsExactly("StreamMapping", "ExternalMapping");
    EventSource stream = t.eventSourceMappings().get(0);
    assertThat(stream.kind()).isEqualTo(EventKind.KINESIS);
    assertThat(stream.onFailure()).isPresent();
    assertThat(stream.maximumRetryAttempts()).contains(5L);
    assertThat(stream.maximumRecordAgeInSeconds()).contains(-1L);
    assertThat(stream.maximumBatchingWindowInSeconds()).contains(0L);
    assertThat(t.referencedFunction(stream.properties().get("FunctionName").orElseThrow()).map(Function::logicalId)).contains("Cold");
    EventSource external = t.eventSourceMappings().get(1);
    assertThat(external.kind()).isEqualTo(EventKind.SQS);
    assertThat(t.referencedFunction(external.properties().get("FunctionName").orElseThrow())).isEmpty();
  }

  @Test
  void unknowableSettingsComeBackEmpty() {
    EventSource work = t.function("Fn").orElseThrow().events().get(0);
    assertThat(work.maximumBatchingWindowInSeconds()).isEmpty();
    assertThat(work.isUnknowable("MaximumBatchingWindowInSeconds")).isTrue();
    assertThat(work.isUnknowable("Queue")).isTrue();
    assertThat(work.isUnknowable("BatchSize")).isFalse();
    assertThat(work.onFailure()).isEmpty();
  }

  @Test
  void mentionsFindsReferencesInsideIntrinsics() {
    Resource dlq = t.resource("Dlq").orElseThrow();
    assertThat(t.mentions(t.resource("SubRedrive").orElseThrow().properties().get("RedrivePolicy").orElseThrow(), dlq)).isTrue();
    assertThat(t.mentions(t.resource("Queue").orElseThrow().properties().get("RedrivePolicy").orElseThrow(), dlq)).isTrue();
    assertThat(t.mentions(t.resource("StringRedrive").orElseThrow().properties().get("RedrivePolicy").orElseThrow(), dlq)).isFalse();
    assertThat(t.mentions(t.resource("NoTarget").orElseThrow().properties(), dlq)).isFalse();
  }

  @Test
  void provisionedConcurrencyFromSamOrVersion() {
    assertThat(t.function("Fn").orElseThrow().hasProvisionedConcurrency()).isTrue();
    assertThat(t.function("Plain").orElseThrow().hasProvisionedConcurrency()).isTrue();
    assertThat(t.function("Cold").orElseThrow().hasProvisionedConcurrency()).isFalse();
  }
}
