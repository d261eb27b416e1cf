package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which queues a template uses as dead-letter or on-failure targets: each service's own way of
 * naming one, in a resource's properties or in SAM {@code Globals}; never an output or a resource
 * that is only named like one.
 */
class DeadLetterTargetsTest {

  @Test
  void everyServiceNamesItsDeadLetterTargetItsOwnWay() {
    Template t = TemplateViewTest.template("template.yaml", ViewSpecs.text("dead-letter-targets.yaml"));

    assertThat(t.deadLetterTargetIds()).containsExactlyInAnyOrder("ViaGlobals", "ViaQueueRedrive", "ViaJsonString",
        "ViaInvokeConfig", "ViaSnsEvent", "ViaFunction", "ViaMapping", "ViaRuleTarget");
  }

  @Test
  void theSourcesARedriveAllowPolicyNamesAreNoTargets() {
    Template t = TemplateViewTest.template("template.yaml", ViewSpecs.text("dead-letter-targets.yaml"));

    assertThat(t.isDeadLetterTarget(t.resource("AllowedSource").orElseThrow())).isFalse();
    assertThat(SqsQueue.of(t.resource("Allowing").orElseThrow()).orElseThrow().isDeadLetterQueue()).isTrue();
  }

  @Test
  void anOutputOrALogicalIdSpelledLikeADeadLetterPropertyNamesNoTarget() {
    Template t = TemplateViewTest.template("template.yaml", ViewSpecs.text("dead-letter-words.yaml"));

    assertThat(t.deadLetterTargetIds()).isEmpty();
    assertThat(t.isDeadLetterTarget(t.resource("Archive").orElseThrow())).isFalse();
  }

  @Test
  void aQueueIsADeadLetterQueueByUseByNameOrByAllowingRedrive() {
    Template t = TemplateViewTest.template("template.json", ViewSpecs.text("dead-letter-queues.json"));

    assertThat(queue(t, "Used").isDeadLetterQueue()).isTrue();
    assertThat(queue(t, "OrdersDLQ").isDeadLetterQueue()).isTrue();
    assertThat(queue(t, "Allows").isDeadLetterQueue()).isTrue();
    assertThat(queue(t, "Plain").isDeadLetterQueue()).isFalse();
    assertThat(queue(t, "Source").isDeadLetterQueue()).isFalse();
  }

  private static SqsQueue queue(Template t, String id) {
    return SqsQueue.of(t.resource(id).orElseThrow()).orElseThrow();
  }
}
