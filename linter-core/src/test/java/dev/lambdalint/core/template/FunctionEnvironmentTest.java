package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A function's environment with Globals merged, and whether the template says all of it. */
class FunctionEnvironmentTest {
  private static final Template TEMPLATE = TemplateViewTest.template("template.yaml", """
      Transform: AWS::Serverless-2016-10-31
      Parameters:
        Vars:
          Type: String
      Conditions:
        On: !Equals [a, a]
      Globals:
        Function:
          Environment:
            Variables:
              LOG_LEVEL: INFO
              TABLE: global-table
      Resources:
        Own:
          Type: AWS::Serverless::Function
          Properties:
            Environment:
              Variables:
                TABLE: own-table
                GONE: !Ref AWS::NoValue
                SOMETIMES: !If [On, x, !Ref AWS::NoValue]
                ALWAYS: !If [On, x, y]
        Ignoring:
          Type: AWS::Serverless::Function
          IgnoreGlobals: [Environment]
          Properties: {}
        WholeIf:
          Type: AWS::Serverless::Function
          Properties:
            Environment:
              Variables: !If [On, {A: a}, {A: b}]
        Image:
          Type: AWS::Serverless::Function
          Properties:
            PackageType: Image
        Cfn:
          Type: AWS::Lambda::Function
          Properties:
            Environment: !Ref Vars
      """);

  private static FunctionEnvironment env(String id) {
    return TEMPLATE.function(id).orElseThrow().resolvedEnvironment();
  }

  @Test
  void mergesGlobalsTheFunctionWinning() {
    FunctionEnvironment own = env("Own");
    assertThat(own.isFullyKnown()).isTrue();
    assertThat(own.variables()).extracting(FunctionEnvironment.Variable::name)
        .containsExactly("LOG_LEVEL", "TABLE", "GONE", "SOMETIMES", "ALWAYS");
    assertThat(own.variable("LOG_LEVEL").orElseThrow().origin()).isEqualTo(Setting.Origin.GLOBALS);
    assertThat(own.variable("LOG_LEVEL").orElseThrow().keyNode().path()).startsWith("Globals/");
    assertThat(own.variable("TABLE").orElseThrow().origin()).isEqualTo(Setting.Origin.FUNCTION);
    assertThat(TEMPLATE.literal(own.variable("TABLE").orElseThrow().value())).contains("own-table");
  }

  @Test
  void removedAndConditionalVariables() {
    FunctionEnvironment own = env("Own");
    assertThat(own.variable("GONE").orElseThrow().presence()).isEqualTo(FunctionEnvironment.Presence.ABSENT);
    assertThat(own.variable("SOMETIMES").orElseThrow().presence()).isEqualTo(FunctionEnvironment.Presence.MAYBE);
    assertThat(own.variable("ALWAYS").orElseThrow().presence()).isEqualTo(FunctionEnvironment.Presence.SET);
    assertThat(own.certainlyLacks("GONE")).isTrue();
    assertThat(own.certainlyLacks("SOMETIMES")).isFalse();
    assertThat(own.certainlyLacks("NEVER_WRITTEN")).isTrue();
    assertThat(own.certainlyLacks("LOG_LEVEL")).isFalse();
  }

  @Test
  void ignoreGlobalsDropsTheGlobalVariables() {
    assertThat(env("Ignoring").isFullyKnown()).isTrue();
    assertThat(env("Ignoring").variables()).isEmpty();
    assertThat(env("Ignoring").certainlyLacks("LOG_LEVEL")).isTrue();
  }

  @Test
  void intrinsicMapsAndImagesAreNotFullyKnown() {
    for (String id : new String[] {"WholeIf", "Image", "Cfn"}) {
      assertThat(env(id).isFullyKnown()).as(id).isFalse();
      assertThat(env(id).certainlyLacks("ANYTHING")).as(id).isFalse();
    }
    // the plain list of variables holds no intrinsic's key ("Fn::If", "Ref") as a variable
    assertThat(TEMPLATE.function("WholeIf").orElseThrow().environment()).isEmpty();
    assertThat(TEMPLATE.function("Cfn").orElseThrow().environment()).isEmpty();
  }
}
