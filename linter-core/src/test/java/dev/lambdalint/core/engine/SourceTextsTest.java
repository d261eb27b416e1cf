package dev.lambdalint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.model.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines as a user numbers them: split at \n, \r\n and a lone \r, the terminator left out. */
class SourceTextsTest {
  private static final Path ROOT = Path.of("/p").toAbsolutePath();
  private static final SourceFile FILE = SourceFile.of(ROOT.resolve("template.yaml"), ROOT);

  private static List<String> lines(String text) {
    SourceTexts texts = new SourceTexts();
    texts.put(FILE, text);
    return texts.lines(FILE);
  }

  @Test
  void everyKindOfLineEnd() {
    assertThat(lines("a\nb\r\nc\rd")).containsExactly("a", "b", "c", "d");
    assertThat(lines("a\n")).containsExactly("a", "");
    assertThat(lines("")).containsExactly("");
    assertThat(lines("\r\n\r\n")).containsExactly("", "", "");
    assertThat(lines("\r\r\n\n")).containsExactly("", "", "", "");
    assertThat(lines("x\r")).containsExactly("x", "");
  }

  @Test
  void linesByNumberAndOutOfRange() {
    SourceTexts texts = new SourceTexts();
    texts.put(FILE, "one\r\ntwo\n");
    assertThat(texts.line(FILE, 1)).isEqualTo("one");
    assertThat(texts.line(FILE, 2)).isEqualTo("two");
    assertThat(texts.line(FILE, 3)).isEmpty();
    assertThat(texts.line(FILE, 4)).isEmpty();
    assertThat(texts.line(FILE, 0)).isEmpty();
    assertThat(texts.line(SourceFile.of(ROOT.resolve("other.yaml"), ROOT), 1)).isEmpty();
  }

  @Test
  void sameLinesAsSplittingOnTheLineEndPattern() {
    Random random = new Random(42);
    char[] alphabet = {'a', ' ', '\n', '\r', '#', '\t'};
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) text.append(alphabet[random.nextInt(alphabet.length)]);
      assertThat(lines(text.toString())).as("lines of %s", text.toString().replace("\r", "\\r").replace("\n", "\\n"))
          .containsExactly(text.toString().split("\r\n|\r|\n", -1));
    }
  }
}
