package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a function's logs go: the log group {@code LoggingConfig.LogGroup} names, or the
 * {@code /aws/lambda/<name>} group, of the template or created by Lambda.
 */
class LogGroupTest {
  private static final Template TEMPLATE = TemplateViewTest.template("template.yaml", """
      Transform: AWS::Serverless-2016-10-31
      Resources:
        ByRef:
          Type: AWS::Serverless::Function
        ByRefLogs:
          Type: AWS::Logs::LogGroup
          Properties:
            LogGroupName: !Sub /aws/lambda/${ByRef}
            RetentionInDays: 14
        Named:
          Type: AWS::Serverless::Function
          Properties:
            FunctionName: orders
        NamedLogs:
          Type: AWS::Logs::LogGroup
          Properties:
            LogGroupName: /aws/lambda/orders
        Configured:
          Type: AWS::Serverless::Function
          Properties:
            LoggingConfig:
              LogGroup: !Ref Shared
        Shared:
          Type: AWS::Logs::LogGroup
          Properties:
            LogGroupName: shared
        Elsewhere:
          Type: AWS::Serverless::Function
          Properties:
            LoggingConfig:
              LogGroup: some-other-stacks-group
        Unknowable:
          Type: AWS::Serverless::Function
          Properties:
            LoggingConfig: !If [Prod, {LogGroup: prod}, !Ref AWS::NoValue]
        Bare:
          Type: AWS::Serverless::Function
      """);

  private static LogGroup.Destination logs(String function) {
    return TEMPLATE.function(function).orElseThrow().logDestination();
  }

  @Test
  void theLambdaGroupOfTheFunctionIsFoundThroughASubReference() {
    LogGroup.Destination d = logs("ByRef");
    assertThat(d.kind()).isEqualTo(LogGroup.Destination.Kind.TEMPLATE_GROUP);
    assertThat(d.group()).hasValueSatisfying(g -> {
      assertThat(g.logicalId()).isEqualTo("ByRefLogs");
      assertThat(g.hasRetention()).isTrue();
    });
  }

  @Test
  void theLambdaGroupOfTheFunctionIsFoundThroughItsFunctionName() {
    assertThat(logs("Named").group()).hasValueSatisfying(g -> {
      assertThat(g.logicalId()).isEqualTo("NamedLogs");
      assertThat(g.hasRetention()).isFalse();
    });
  }

  @Test
  void loggingConfigLogGroupNamesTheGroupByReference() {
    assertThat(logs("Configured").group()).map(LogGroup::logicalId).contains("Shared");
  }

  @Test
  void aGroupOfAnotherStackOrAnIntrinsicLoggingConfigIsNotKnown() {
    assertThat(logs("Elsewhere").kind()).isEqualTo(LogGroup.Destination.Kind.ELSEWHERE);
    assertThat(logs("Elsewhere").isKnown()).isFalse();
    assertThat(logs("Unknowable").kind()).isEqualTo(LogGroup.Destination.Kind.UNKNOWABLE);
    assertThat(logs("Unknowable").isKnown()).isFalse();
  }

  @Test
  void withNoGroupInTheTemplateLambdaCreatesOne() {
    LogGroup.Destination d = logs("Bare");
    assertThat(d.kind()).isEqualTo(LogGroup.Destination.Kind.LAMBDA_CREATED);
    assertThat(d.isKnown()).isTrue();
    assertThat(d.group()).isEmpty();
  }
}
