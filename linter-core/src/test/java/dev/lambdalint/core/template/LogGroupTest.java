package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a function's logs go: the log group {@code LoggingConfig.LogGroup} names, or the
 * {@code /aws/lambda/<name>} group, of the template or created by Lambda.
 */
class LogGroupTest {
  private static final Template TEMPLATE = ViewTemplates.load("log-groups.yaml");

  private static LogGroup.Destination logs(String function) {
    return TEMPLATE.function(function).orElseThrow().logDestination();
  }

  private static String retention(LogGroup group) {
    return group.logicalId() + (group.hasRetention() ? " with retention" : " without retention");
  }

  @Test
  void theLambdaGroupOfTheFunctionIsFoundThroughASubReference() {
    LogGroup.Destination d = logs("ByRef");
    assertThat(d.kind()).isEqualTo(LogGroup.Destination.Kind.TEMPLATE_GROUP);
    assertThat(d.group().map(LogGroupTest::retention)).contains("ByRefLogs with retention");
  }

  @Test
  void theLambdaGroupOfTheFunctionIsFoundThroughItsFunctionName() {
    assertThat(logs("Named").group().map(LogGroupTest::retention)).contains("NamedLogs without retention");
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
