package dev.lambdalint.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.parse.LoadResult;
import dev.lambdalint.core.parse.TemplateLoader;
import dev.lambdalint.core.template.Template;
import java.nio.file.Path;

/**
 * Fuzzes the YAML and JSON template loader and the typed view on top of it. The contract: for
 * any bytes, {@link TemplateLoader#load} returns (never throws, never overflows the stack), a
 * failure names a line, and every accessor of the typed view answers on whatever loaded.
 *
 * <p>In a normal build only the regression inputs under
 * {@code src/test/resources/dev/lambdalint/core/fuzz/TemplateLoaderFuzzTestInputs/<method>/}
 * run; {@code JAZZER_FUZZ=1} fuzzes for real (docs/fuzzing.md).
 */
class TemplateLoaderFuzzTest {
  private static final Path ROOT = Path.of("/fuzz");
  private static final TemplateLoader LOADER = new TemplateLoader();

  @FuzzTest(maxDuration = "10m")
  void yaml(byte[] input) {
    exercise("template.yaml", input);
  }

  @FuzzTest(maxDuration = "10m")
  void json(byte[] input) {
    exercise("template.json", input);
  }

  static void exercise(String name, byte[] input) {
    SourceFile file = SourceFile.of(ROOT.resolve(name), ROOT);
    LoadResult result = LOADER.load(file, input);
    assertThat(result).isNotNull();
    if (result instanceof LoadResult.Failed failed) {
      assertThat(failed.problem().range().startLine()).isPositive();
      assertThat(failed.problem().message()).isNotBlank();
    } else if (result instanceof LoadResult.Loaded loaded) {
      loaded.problems().forEach(p -> assertThat(p.range().startLine()).isPositive());
      Template template = Template.of(file, loaded.root());
      ViewWalker.walk(template, 20_000);
    }
  }
}
