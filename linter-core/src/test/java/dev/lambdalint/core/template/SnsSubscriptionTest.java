package dev.lambdalint.core.template;

import static dev.lambdalint.core.template.ViewSpecs.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SNS subscriptions, however declared: SAM event, subscription resource, inline topic item. */
class SnsSubscriptionTest {
  private static final String YAML = ViewSpecs.text("sns-subscriptions.yaml");

  @Test
  void samEventsThenResourcesThenInlineItemsEachInDocumentOrder() {
    Template t = TemplateViewTest.template("template.yaml", YAML);

    assertThat(t.snsSubscriptions()).extracting(s -> s.form() + " " + s.name() + " " + s.protocol().orElse("?"))
        .containsExactly("SAM_EVENT Direct lambda", "SAM_EVENT ViaOwnQueue sqs", "SAM_EVENT ViaSamQueue sqs",
            "SAM_EVENT NotViaQueue lambda", "RESOURCE ToFunction lambda", "RESOURCE ToWebhook https",
            "TOPIC_INLINE Topic lambda", "TOPIC_INLINE Topic email");
  }

  @Test
  void aSamEventDeliversToItsFunctionOrToTheQueueItNames() {
    Template t = TemplateViewTest.template("template.yaml", YAML);

    SnsSubscription direct = named(t, "Direct");
    assertThat(direct.isLambda()).isTrue();
    assertThat(direct.hasRedrivePolicy()).isTrue();
    assertThat(direct.subscriber().map(Function::logicalId)).contains("Fn");
    assertThat(direct.topic().map(Resource::logicalId)).contains("Topic");
    assertThat(direct.endpoint()).isEmpty();

    SnsSubscription viaQueue = named(t, "ViaOwnQueue");
    assertThat(viaQueue.isSqs()).isTrue();
    assertThat(viaQueue.hasRedrivePolicy()).isFalse();
    assertThat(viaQueue.endpointName()).contains("Buffer");
    assertThat(viaQueue.endpointIds()).containsExactly("Buffer");
    assertThat(named(t, "ViaSamQueue").endpointIds()).isEmpty();
  }

  @Test
  void aResourceReadsItsProtocolInLowerCaseAndNamesItsEndpoint() {
    Template t = TemplateViewTest.template("template.yaml", YAML);

    SnsSubscription toFunction = named(t, "ToFunction");
    assertThat(toFunction.isLambda()).isTrue();
    assertThat(toFunction.endpointName()).contains("Fn");
    assertThat(toFunction.hasRedrivePolicy()).isFalse();
    assertThat(toFunction.anchor().range().startLine()).isEqualTo(line(YAML, "ToFunction:"));

    SnsSubscription toWebhook = named(t, "ToWebhook");
    assertThat(toWebhook.endpointName()).contains("https://example.com/hook");
    assertThat(toWebhook.hasRedrivePolicy()).isTrue();
    assertThat(toWebhook.topic()).isEmpty();
  }

  @Test
  void anInlineSubscriptionStartsAtItsListItemAndCannotCarryARedrivePolicy() {
    Template t = TemplateViewTest.template("template.yaml", YAML);

    List<SnsSubscription> inline = t.snsSubscriptions().stream().filter(s -> s.form() == SnsSubscription.Form.TOPIC_INLINE).toList();
    assertThat(inline.get(0).anchor().range().startLine()).isEqualTo(line(YAML, "- Protocol: lambda"));
    assertThat(inline.get(0).endpointName()).contains("Fn");
    assertThat(inline).allSatisfy(s -> assertThat(s.hasRedrivePolicy()).isFalse());
  }

  @Test
  void jsonTemplatesReadTheSameWay() {
    String json = ViewSpecs.text("sns-subscriptions.json");
    Template t = TemplateViewTest.template("template.json", json);

    assertThat(t.snsSubscriptions()).extracting(s -> s.form() + " " + s.name() + " " + s.protocol().orElse("?")
        + " " + s.anchor().range().startLine())
        .containsExactly("RESOURCE Sub ? " + line(json, "\"Sub\": {\"Type\": \"AWS::SNS::Subscription\", \"Properties\": {"),
            "TOPIC_INLINE Topic lambda " + line(json, "{\"Protocol\": \"lambda\", \"Endpoint\": {\"Fn::GetAtt\": [\"Fn\", \"Arn\"]}}"));
  }

  private static SnsSubscription named(Template t, String name) {
    Optional<SnsSubscription> found = t.snsSubscriptions().stream().filter(s -> s.name().equals(name)).findFirst();
    return found.orElseThrow();
  }
}
