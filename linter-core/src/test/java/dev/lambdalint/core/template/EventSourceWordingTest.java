package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How each way of declaring a trigger is spelled in messages, and what each kind is called. */
class EventSourceWordingTest {
  private static final Template TEMPLATE = ViewTemplates.load("event-source-wording.yaml");

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
