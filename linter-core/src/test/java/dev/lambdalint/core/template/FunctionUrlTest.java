package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Function URLs of a template, from SAM FunctionUrlConfig (Globals applied) and AWS::Lambda::Url. */
class FunctionUrlTest {
  private static final Template TEMPLATE = TemplateViewTest.template("template.yaml", """
      Transform: AWS::Serverless-2016-10-31
      Parameters:
        Auth:
          Type: String
      Globals:
        Function:
          FunctionUrlConfig:
            AuthType: NONE
      Resources:
        Inheriting:
          Type: AWS::Serverless::Function
          Properties:
            FunctionUrlConfig:
              InvokeMode: BUFFERED
        Own:
          Type: AWS::Serverless::Function
          Properties:
            FunctionUrlConfig:
              AuthType: aws_iam
        Url:
          Type: AWS::Lambda::Url
          Properties:
            TargetFunctionArn: arn:aws:lambda:us-east-1:123456789012:function:elsewhere
            AuthType: !Ref Auth
      """);

  @Test
  void everyUrlWithWhereItsAuthTypeIsSet() {
    List<FunctionUrl> urls = TEMPLATE.functionUrls();
    assertThat(urls).extracting(FunctionUrl::owner).containsExactly("Inheriting", "Own", "Url");

    FunctionUrl inheriting = urls.get(0);
    assertThat(inheriting.isPublic()).isTrue();
    assertThat(inheriting.authType().orElseThrow().origin()).isEqualTo(Setting.Origin.GLOBALS);
    assertThat(inheriting.authType().orElseThrow().node().path()).isEqualTo("Globals/Function/FunctionUrlConfig/AuthType");

    FunctionUrl own = urls.get(1);
    assertThat(own.isPublic()).isFalse();
    assertThat(own.authType().orElseThrow().origin()).isEqualTo(Setting.Origin.FUNCTION);

    FunctionUrl resource = urls.get(2);
    assertThat(resource.authType()).isEmpty(); // a parameter without default: not knowable
    assertThat(resource.isPublic()).isFalse();
  }
}
