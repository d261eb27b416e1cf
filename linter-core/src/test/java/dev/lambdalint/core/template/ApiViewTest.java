package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * APIs and their integrations: REST or HTTP, whether the definition is read, which API an event
 * or a permission names, and the integrations that stream or set their own timeout.
 */
class ApiViewTest {
  private static final Template TEMPLATE = ViewTemplates.load("apis.yaml");

  private static Api api(String id) {
    return Api.of(TEMPLATE.resource(id).orElseThrow()).orElseThrow();
  }

  private static EventSource event(String name) {
    return TEMPLATE.function("Fn").orElseThrow().events().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void restApisAreTheSamApiAndApiGatewayRestApi() {
    assertThat(api("Rest").isRest()).isTrue();
    assertThat(api("Included").isRest()).isTrue();
    assertThat(api("Http").isRest()).isFalse();
    assertThat(Api.of(TEMPLATE.resource("Streamed").orElseThrow())).isEmpty();
  }

  @Test
  void aDefinitionInAFileOrAnIncludeIsNotRead() {
    assertThat(Stream.of("FileApi", "Included", "Rest").filter(id -> api(id).definitionIsExternal()))
        .containsExactly("FileApi", "Included");
  }

  @Test
  void aSamApiEventNamesItsRestApiIdAndSetsItsOwnIntegrationTimeout() {
    EventSource get = event("Get");
    assertThat(get.apis()).extracting(Api::logicalId).containsExactly("Rest");
    assertThat(get.setsIntegrationTimeout()).isTrue();
    assertThat(get.integrationTimeoutMillis()).contains(45000L);
    EventSource implicit = event("Implicit");
    assertThat(implicit.apis()).isEmpty();
    assertThat(implicit.setsIntegrationTimeout()).isFalse();
  }

  @Test
  void aPermissionNamesTheApisItsSourceArnMentions() {
    assertThat(event("AllowHttp").apis()).extracting(Api::logicalId).containsExactly("Http");
  }

  @Test
  void theIntegrationsCallingTheFunctionSayHowLongTheyWait() {
    List<Api.Integration> integrations = TEMPLATE.function("Fn").orElseThrow().apiIntegrations();
    assertThat(integrations).hasSize(2);
    Api.Integration streamed = integrations.get(0);
    assertThat(streamed.streams()).isTrue();
    assertThat(streamed.waitsAtLeast(900)).isTrue();
    Api.Integration timed = integrations.get(1);
    assertThat(timed.timeoutMillis()).contains(60000L);
    assertThat(timed.waitsAtLeast(60)).isTrue();
    assertThat(timed.waitsAtLeast(61)).isFalse();
    assertThat(TEMPLATE.function("Other").orElseThrow().apiIntegrations()).isEmpty();
  }
}
