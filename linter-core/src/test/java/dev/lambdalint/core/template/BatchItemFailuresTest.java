package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Partial batch responses: on, off, or not readable. */
class BatchItemFailuresTest {
  private static final Template TEMPLATE = TemplateViewTest.template("template.yaml", """
      Transform: AWS::Serverless-2016-10-31
      Parameters:
        Types:
          Type: String
      Resources:
        Fn:
          Type: AWS::Serverless::Function
          Properties:
            Events:
              On:
                Type: SQS
                Properties:
                  Queue: arn:aws:sqs:us-east-1:123456789012:a
                  FunctionResponseTypes: [ReportBatchItemFailures]
              Unset:
                Type: SQS
                Properties:
                  Queue: arn:aws:sqs:us-east-1:123456789012:b
              IntrinsicItem:
                Type: SQS
                Properties:
                  Queue: arn:aws:sqs:us-east-1:123456789012:c
                  FunctionResponseTypes: [!Ref Types]
              NoList:
                Type: SQS
                Properties:
                  Queue: arn:aws:sqs:us-east-1:123456789012:d
                  FunctionResponseTypes: ReportBatchItemFailures
      """);

  private static EventSource event(String name) {
    return TEMPLATE.function("Fn").orElseThrow().events().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void readsOnOffOrNotKnowable() {
    assertThat(event("On").reportsBatchItemFailures()).contains(true);
    assertThat(event("Unset").reportsBatchItemFailures()).contains(false);
    assertThat(event("IntrinsicItem").reportsBatchItemFailures()).isEmpty();
    assertThat(event("NoList").reportsBatchItemFailures()).isEmpty();
  }
}
