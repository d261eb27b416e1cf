package dev.lambdalint.rules.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How LL401 names the package it measured: as the template names it, never a blank. */
class PackageNameTest {
  private final Path template = Path.of("/repo/service");

  @Test
  void theTemplatesOwnFolderIsNamedNotLeftBlank() {
    assertThat(PackageTooLarge.shown(template, Path.of("/repo/service"))).isEqualTo("(the template's folder)");
    assertThat(PackageTooLarge.shown(template, Path.of("/repo/service/."))).isEqualTo("(the template's folder)");
  }

  @Test
  void otherPathsAreRelativeToTheTemplateOrAbsoluteOutsideIt() {
    assertThat(PackageTooLarge.shown(template, Path.of("/repo/service/build/app.zip"))).isEqualTo("build/app.zip");
    assertThat(PackageTooLarge.shown(template, Path.of("/elsewhere/app.zip"))).isEqualTo("/elsewhere/app.zip");
  }
}
