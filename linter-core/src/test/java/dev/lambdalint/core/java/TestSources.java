package dev.lambdalint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.model.SourceFile;
import java.nio.file.Path;

/** Java sources for the model's tests: parsed as files of a project at {@code /project}, and required to parse. */
final class TestSources {
  static final Path ROOT = Path.of("/project").toAbsolutePath();
  private static final JavaParsing PARSING = new JavaParsing();

  private TestSources() {}

  static JavaSource parse(String path, String text) {
    JavaParsing.Result result = PARSING.parse(SourceFile.of(ROOT.resolve(path), ROOT), text);
    assertThat(result.problem()).isEmpty();
    return result.source().orElseThrow();
  }
}
