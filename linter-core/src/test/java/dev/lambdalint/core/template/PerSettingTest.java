package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One group per setting: a Globals value shared by functions is one group, an own value its own. */
class PerSettingTest {
  private static final Template TEMPLATE = TemplateViewTest.template("template.yaml", """
      Transform: AWS::Serverless-2016-10-31
      Globals:
        Function:
          Runtime: java8
      Resources:
        A:
          Type: AWS::Serverless::Function
        B:
          Type: AWS::Serverless::Function
          Properties:
            Runtime: java8
        C:
          Type: AWS::Serverless::Function
      """);

  @Test
  void functionsInheritingOneGlobalsValueAreOneGroupAtIt() {
    PerSetting<String> byRuntime = new PerSetting<>();
    for (Function f : TEMPLATE.functions()) byRuntime.add(f.runtime().orElseThrow(), f.logicalId());

    List<PerSetting.Group<String>> groups = byRuntime.groups();
    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).fromGlobals()).isTrue();
    assertThat(groups.get(0).node().path()).isEqualTo("Globals/Function/Runtime");
    assertThat(groups.get(0).items()).containsExactly("A", "C");
    assertThat(groups.get(1).fromGlobals()).isFalse();
    assertThat(groups.get(1).node().path()).isEqualTo("Resources/B/Properties/Runtime");
    assertThat(groups.get(1).first()).isEqualTo("B");
  }

  @Test
  void nothingAddedIsNoGroup() {
    assertThat(new PerSetting<String>().groups()).isEmpty();
  }
}
