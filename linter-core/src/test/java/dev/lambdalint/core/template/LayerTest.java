package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The layers a function uses that the template defines, with where their content is. */
class LayerTest {
  private static final Template TEMPLATE = ViewTemplates.load("layers.yaml");

  @Test
  void theFunctionsLayersOfTheTemplateAreReadInOrderAndOthersLeftOut() {
    List<Layer> layers = TEMPLATE.function("Fn").orElseThrow().templateLayers();
    assertThat(layers).extracting(Layer::logicalId).containsExactly("Deps", "Packaged", "Uploaded");
  }

  @Test
  void aSamContentUriOrALambdaContentPathIsLocalResolvedAgainstTheTemplatesFolder() {
    CodeLocation deps = Layer.of(TEMPLATE.resource("Deps").orElseThrow()).orElseThrow().content();
    assertThat(deps.kind()).isEqualTo(CodeLocation.Kind.LOCAL);
    assertThat(deps.keyNode().text()).isEqualTo("ContentUri");
    assertThat(deps.localPath()).contains(TEMPLATE.directory().resolve("layers/deps"));
    CodeLocation packaged = Layer.of(TEMPLATE.resource("Packaged").orElseThrow()).orElseThrow().content();
    assertThat(packaged.kind()).isEqualTo(CodeLocation.Kind.LOCAL);
    assertThat(packaged.localPath()).contains(TEMPLATE.directory().resolve("build/layer.zip"));
  }

  @Test
  void contentInS3IsNotLocal() {
    assertThat(Layer.of(TEMPLATE.resource("Uploaded").orElseThrow()).orElseThrow().content().kind())
        .isEqualTo(CodeLocation.Kind.S3);
    assertThat(Layer.of(TEMPLATE.resource("Fn").orElseThrow())).isEmpty();
  }
}
