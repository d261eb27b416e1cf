package dev.lambdalint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
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

  /** Issue 18 item 16: 86 s on a path 20 folders deep with the backtracking regular expression. */
  @Test
  void aHostilePatternCostsLinearWorkInThePathsLength() {
    Glob hostile = Glob.of("**/**/**/**/**/**/**/**/**/*a*a*a*a*a*a*b");
    long[] shortPath = {0};
    long[] longPath = {0};
    assertThat(hostile.matches(deepPath(20), shortPath)).isFalse();
    assertThat(hostile.matches(deepPath(80), longPath)).isFalse();
    assertThat(hostile.matches(deepPath(20) + "b")).isTrue();
    // Four times the path, about four times the work: a quadratic matcher would do 16 times, an
    // exponential one far more.
    assertThat((double) longPath[0] / shortPath[0]).isBetween(2.0, 6.0);
  }

  /** {@code depth} folders of "aaaa", then a file name of 30 a's: no b anywhere. */
  private static String deepPath(int depth) {
    return "aaaa/".repeat(depth) + "a".repeat(30);
  }

  /**
   * The automaton agrees with the regular expression the patterns were translated to before
   * (kept here as the reference) on random patterns and paths.
   */
  @Test
  void matchesAsTheRegularExpressionTranslationDid() {
    Random random = new Random(18);
    String[] pieces = {"a", "b", ".", "/", "*", "**", "**/", "?", "{a,b}", "{ab,}", "{x", "}", "c"};
    String[] pathPieces = {"a", "b", ".", "/", "c", "ab", "x"};
    int compared = 0;
    for (int g = 0; g < 400; g++) {
      StringBuilder glob = new StringBuilder();
      int length = 1 + random.nextInt(6);
      for (int i = 0; i < length; i++) glob.append(pieces[random.nextInt(pieces.length)]);
      if (glob.toString().strip().replace("/", "").isEmpty()) continue;
      Glob automaton;
      Pattern reference;
      try {
        automaton = Glob.of(glob.toString());
        reference = referencePattern(glob.toString());
      } catch (RuntimeException e) { // "./" and the like: no pattern either way
        continue;
      }
      for (int p = 0; p < 60; p++) {
        StringBuilder path = new StringBuilder();
        int parts = 1 + random.nextInt(8);
        for (int i = 0; i < parts; i++) path.append(pathPieces[random.nextInt(pathPieces.length)]);
        String text = path.toString();
        assertThat(automaton.matches(text)).as("%s on %s", glob, text).isEqualTo(referenceMatches(reference, text));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(10_000);
  }

  private static Pattern referencePattern(String text) {
    String glob = text.strip().replace('\\', '/');
    if (glob.isEmpty()) throw new IllegalArgumentException("empty");
    while (glob.startsWith("./")) glob = glob.substring(2);
    if (glob.isEmpty()) throw new IllegalArgumentException("empty");
    boolean anchored = glob.startsWith("/") || glob.substring(0, glob.length() - 1).contains("/");
    if (glob.startsWith("/")) glob = glob.substring(1);
    if (glob.endsWith("/")) glob = glob.substring(0, glob.length() - 1);
    if (!anchored && !glob.startsWith("**")) glob = "**/" + glob;
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        boolean twin = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
        if (twin && i + 2 < glob.length() && glob.charAt(i + 2) == '/') {
          re.append("(?:.*/)?");
          i += 2;
        } else if (twin) {
          re.append(".*");
          i += 1;
        } else {
          re.append("[^/]*");
        }
      } else if (c == '?') {
        re.append("[^/]");
      } else if (c == '{') {
        int close = glob.indexOf('}', i);
        if (close < 0) {
          re.append("\\{");
        } else {
          re.append("(?:");
          String[] options = glob.substring(i + 1, close).split(",", -1);
          for (int k = 0; k < options.length; k++) {
            if (k > 0) re.append('|');
            re.append(Pattern.quote(options[k]));
          }
          re.append(')');
          i = close;
        }
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }

  private static boolean referenceMatches(Pattern pattern, String path) {
    if (path.startsWith("../") || path.equals("..")) return false;
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      if (pattern.matcher(path.substring(0, slash)).matches()) return true;
    }
    return pattern.matcher(path).matches();
  }
}
