package dev.lambdalint.core.template;

import static dev.lambdalint.core.template.ViewSpecs.line;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The targets of EventBridge rules: what each invokes, and whether it has a dead-letter queue. */
class EventRuleTargetTest {
  private static final String YAML = ViewSpecs.text("event-rule-targets.yaml");

  @Test
  void aTargetInvokesAFunctionOfTheTemplateOrOneNamedByItsArn() {
    Template t = TemplateViewTest.template("template.yaml", YAML);

    assertThat(t.eventRuleTargets()).extracting(target -> target.id().orElse("?") + " "
        + target.invokedResource().map(Resource::logicalId).or(target::invokedArn).orElse("-") + " " + target.invokesLambda())
        .containsExactly("fn Fn true", "alias Live true", "literal arn:aws:lambda:eu-west-1:123456789012:function:other true",
            "sub arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:other true",
            "queue - false", "parameter - false");
  }

  @Test
  void aTargetStartsAtItsListItemAndKnowsItsRuleAndDeadLetterConfig() {
    Template t = TemplateViewTest.template("template.yaml", YAML);

    EventRuleTarget fn = t.eventRuleTargets().get(0);
    assertThat(fn.rule().logicalId()).isEqualTo("Nightly");
    assertThat(fn.item().range().startLine()).isEqualTo(line(YAML, "- Id: fn"));
    assertThat(fn.hasDeadLetterConfig()).isFalse();
    assertThat(t.eventRuleTargets().get(1).hasDeadLetterConfig()).isTrue();
    assertThat(t.eventRuleTargets().get(4).targetResource().map(Resource::logicalId)).contains("Dlq");
  }

  @Test
  void jsonTemplatesReadTheSameWay() {
    String json = ViewSpecs.text("event-rule-targets.json");
    Template t = TemplateViewTest.template("template.json", json);

    assertThat(t.eventRuleTargets()).singleElement().satisfies(target -> {
      assertThat(target.invokedResource().map(Resource::logicalId)).contains("Fn");
      assertThat(target.hasDeadLetterConfig()).isTrue();
      assertThat(target.item().range().startLine()).isEqualTo(line(json,
          "{\"Id\": \"fn\", \"Arn\": {\"Fn::GetAtt\": [\"Fn\", \"Arn\"]}, \"DeadLetterConfig\": {\"Arn\": \"arn:aws:sqs:eu-west-1:123456789012:dlq\"}}"));
    });
  }
}
