package dev.lambdalint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {
  @Test
  void doubleStarCrossesFoldersAndMatchesNoneAtAll() {
    Glob g = Glob.of("**/generated/**");
    assertThat(g.matches("generated/A.java")).isTrue();
    assertThat(g.matches("a/b/generated/c/A.java")).isTrue();
    assertThat(g.matches("a/generatedx/A.java")).isFalse();
  }

  @Test
  void singleStarStaysInOneFolder() {
    Glob g = Glob.of("src/*.yaml");
    assertThat(g.matches("src/template.yaml")).isTrue();
    assertThat(g.matches("src/a/template.yaml")).isFalse();
    assertThat(g.matches("other/src/template.yaml")).isFalse();
  }

  @Test
  void aBareNameMatchesAtAnyDepthAndAFolderCoversItsContents() {
    Glob g = Glob.of("cdk.out");
    assertThat(g.matches("cdk.out/Stack.template.json")).isTrue();
    assertThat(g.matches("infra/cdk.out/Stack.template.json")).isTrue();
    assertThat(Glob.of("*.json").matches("a/b/c.json")).isTrue();
    assertThat(Glob.of("/template.yaml").matches("a/template.yaml")).isFalse();
    assertThat(Glob.of("/template.yaml").matches("template.yaml")).isTrue();
  }

  @Test
  void bracesQuestionMarksAndOutsidePaths() {
    assertThat(Glob.of("*.{yaml,yml}").matches("x/t.yml")).isTrue();
    assertThat(Glob.of("t?.yaml").matches("t1.yaml")).isTrue();
    assertThat(Glob.of("**").matches("../outside.yaml")).isFalse();
  }
}
