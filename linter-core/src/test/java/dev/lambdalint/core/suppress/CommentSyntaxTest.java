package dev.lambdalint.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** A front end names how its comments open; the suppression pattern is made from that. */
class CommentSyntaxTest {

  private static String opener(CommentSyntax syntax, String line) {
    Matcher m = syntax.suppression().matcher(line);
    return m.find() ? m.group(1) + "|" + m.group(2).strip() : "none";
  }

  @Test
  void hashCommentsOpenOnlyAtTheStartOfALineOrAfterWhitespace() {
    assertThat(opener(CommentSyntax.HASH, "# lambdalint:ignore LL301 why")).isEqualTo("#|LL301 why");
    assertThat(opener(CommentSyntax.HASH, "  Timeout: 3 # lambdalint:ignore LL301")).isEqualTo("#|LL301");
    assertThat(opener(CommentSyntax.HASH, "  Name: a#lambdalint:ignore LL301")).isEqualTo("none"); // a plain scalar
    assertThat(opener(CommentSyntax.HASH, "## lambdalint:ignore LL301")).isEqualTo("none");
    assertThat(opener(CommentSyntax.HASH, "// lambdalint:ignore LL301")).isEqualTo("none");
  }

  @Test
  void slashCommentsOpenAnywhereAndMayRepeatTheirLastCharacter() {
    assertThat(opener(CommentSyntax.SLASHES, "x(); // lambdalint:ignore LL101 why")).isEqualTo("//|LL101 why");
    assertThat(opener(CommentSyntax.SLASHES, "x();// lambdalint:ignore LL101")).isEqualTo("//|LL101");
    assertThat(opener(CommentSyntax.SLASHES, "/// lambdalint:ignore LL101")).isEqualTo("///|LL101");
    assertThat(opener(CommentSyntax.SLASHES, "/** lambdalint:ignore LL101 */")).isEqualTo("/**|LL101 */");
    assertThat(opener(CommentSyntax.SLASHES, "# lambdalint:ignore LL101")).isEqualTo("none");
  }

  @Test
  void aSyntaxNeedsAnOpener() {
    assertThatThrownBy(() -> new CommentSyntax(List.of(), true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CommentSyntax(List.of(""), true)).isInstanceOf(IllegalArgumentException.class);
  }
}
