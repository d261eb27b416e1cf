package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One reading of a {@code Fn::Sub}, in both of its forms. */
class SubTest {
  private static final Template TEMPLATE = TemplateViewTest.template("template.yaml", """
      Parameters:
        Stage:
          Type: String
          Default: prod
        Free:
          Type: String
      Resources:
        Fn:
          Type: AWS::Lambda::Function
        Values:
          Type: AWS::SSM::Parameter
          Properties:
            Short: !Sub "arn:${AWS::Partition}:lambda:${AWS::Region}"
            Long: !Sub ["/aws/lambda/${Name}-${Stage}-${AWS::StackName}", {Name: !Ref Fn, Stage: !Ref Stage}]
            Unknowable: !Sub ["/aws/lambda/${Name}", {Name: !Ref Free}]
            OneItem: !Sub ["only ${X}"]
            NotAMap: !Sub ["x ${X}", [1]]
            Computed: !Sub [!Ref Free, {}]
            Plain: "not a sub"
      """);

  private static Node value(String key) {
    return TEMPLATE.resource("Values").orElseThrow().properties().get(key).orElseThrow();
  }

  @Test
  void theShortFormIsItsOwnText() {
    Sub sub = Sub.of(value("Short")).orElseThrow();
    assertThat(sub.isShortForm()).isTrue();
    assertThat(sub.text()).contains("arn:${AWS::Partition}:lambda:${AWS::Region}");
    assertThat(sub.variables()).isEmpty();
    assertThat(sub.substituted(TEMPLATE)).contains("arn:${AWS::Partition}:lambda:${AWS::Region}");
  }

  @Test
  void theListFormHasItsTextFirstAndItsVariablesSecond() {
    Sub sub = Sub.of(value("Long")).orElseThrow();
    assertThat(sub.isShortForm()).isFalse();
    assertThat(sub.text()).contains("/aws/lambda/${Name}-${Stage}-${AWS::StackName}");
    assertThat(sub.variables().orElseThrow().keys()).containsExactly("Name", "Stage");
    assertThat(sub.substituted(TEMPLATE)).contains("/aws/lambda/${Fn}-prod-${AWS::StackName}");
  }

  @Test
  void aVariableThatCannotBeKnownLeavesNoSubstitutedText() {
    assertThat(Sub.of(value("Unknowable")).orElseThrow().substituted(TEMPLATE)).isEmpty();
    assertThat(Sub.of(value("NotAMap")).orElseThrow().substituted(TEMPLATE)).isEmpty();
    assertThat(Sub.of(value("NotAMap")).orElseThrow().text()).contains("x ${X}");
    assertThat(Sub.of(value("OneItem")).orElseThrow().substituted(TEMPLATE)).contains("only ${X}");
  }

  @Test
  void aComputedTextHasNoLiteralButStillHasItsNode() {
    Sub sub = Sub.of(value("Computed")).orElseThrow();
    assertThat(sub.text()).isEmpty();
    assertThat(sub.textNode()).isPresent();
    assertThat(sub.textNode().orElseThrow().intrinsicName()).contains("Ref");
  }

  @Test
  void anythingElseIsNoSub() {
    assertThat(Sub.of(value("Plain"))).isEmpty();
    assertThat(Sub.of(null)).isEmpty();
  }
}
