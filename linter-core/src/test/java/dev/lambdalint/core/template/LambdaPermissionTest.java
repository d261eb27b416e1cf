package dev.lambdalint.core.template;

import static dev.lambdalint.core.template.ViewSpecs.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A Lambda permission: who may invoke which function, and for which source. */
class LambdaPermissionTest {
  private static final String YAML = ViewSpecs.text("lambda-permissions.yaml");

  @Test
  void readsWhoMayInvokeWhichFunctionAndForWhichSource() {
    Template t = TemplateViewTest.template("template.yaml", YAML);

    assertThat(t.lambdaPermissions()).extracting(p -> p.resource().logicalId() + " " + p.principal().orElse("?") + " public="
        + p.isPublic() + " service=" + p.isServicePrincipal() + " scoped=" + p.isScopedToSource() + " fn="
        + p.function().map(Function::logicalId).orElse("-"))
        .containsExactly(
            "Anyone * public=true service=false scoped=false fn=Fn",
            "Bucket S3.AmazonAWS.com public=false service=true scoped=false fn=Fn",
            "Scoped events.amazonaws.com.cn public=false service=true scoped=true fn=-",
            "Account 123456789012 public=false service=false scoped=true fn=Fn",
            "Unknown ? public=false service=false scoped=false fn=Fn");
  }

  @Test
  void findingsStartAtThePrincipalOrThePermission() {
    Template t = TemplateViewTest.template("template.yaml", YAML);
    List<LambdaPermission> permissions = t.lambdaPermissions();

    assertThat(permissions.get(0).principalKey().orElseThrow().range().startLine()).isEqualTo(line(YAML, "Principal: '*'"));
    assertThat(permissions.get(0).functionUrlAuthType()).contains("NONE");
    assertThat(permissions.get(1).resource().keyNode().range().startLine()).isEqualTo(line(YAML, "Bucket:"));
    assertThat(permissions.get(1).functionUrlAuthType()).isEmpty();
  }

  @Test
  void jsonTemplatesReadTheSameWay() {
    String json = ViewSpecs.text("lambda-permissions.json");
    Template t = TemplateViewTest.template("template.json", json);

    assertThat(t.lambdaPermissions()).singleElement().satisfies(p -> {
      assertThat(p.isPublic()).isTrue();
      assertThat(p.function()).isEmpty();
      assertThat(p.functionName().flatMap(Node::literal)).contains("f");
      assertThat(p.principalKey().orElseThrow().range().startLine()).isEqualTo(line(json, "\"Action\": \"lambda:InvokeFunction\", \"FunctionName\": \"f\", \"Principal\": \"*\"}}"));
    });
  }
}
