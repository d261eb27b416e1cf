package dev.lambdalint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints are what baselines and SARIF {@code partialFingerprints} match on: unchanged for
 * every rule whose findings carry no secret, and never derived from a secret's characters for the
 * rules whose findings do (issue 18 item 17: a weak secret was recovered from a SARIF file by
 * hashing guesses).
 */
class FingerprintsTest {
  private static final Path ROOT = Path.of("/work/project").toAbsolutePath();
  private static final SourceFile FILE = SourceFile.of(ROOT.resolve("template.yaml"), ROOT);
  private static final RuleMeta PLAIN = new RuleMeta("LL303", "wildcard-iam-action", Severity.ERROR, Category.SECURITY,
      "An IAM statement allows every action", List.of(), Precision.HIGH, "7.5", "");
  private static final RuleMeta SECRET = new RuleMeta("LL301", "plaintext-secret-in-environment", Severity.ERROR,
      Category.SECURITY, "A secret", List.of(), Precision.HIGH, "8.0", "", true);
  private static final String LOGICAL = "Resources/Fn/Properties/Environment/Variables/DB_PASSWORD";

  private static String fingerprint(RuleMeta rule, String text, int line, int column, String message) {
    SourceTexts texts = new SourceTexts();
    texts.put(FILE, text);
    Finding f = new Finding(rule, rule.severity(), message, new Location(FILE, TextRange.at(line, column), LOGICAL, "Fn"), null);
    return Fingerprints.assign(List.of(f), texts).get(0).fingerprint();
  }

  /** The fingerprint as every release so far computed it: baselines written by them must still match. */
  private static String published(String ruleId, String logicalPath, String line, int occurrence) throws Exception {
    String basis = String.join("\u0000", ruleId, FILE.path(), logicalPath, line.replaceAll("\\s+", "")) + "\u0000" + occurrence;
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  @Test
  void aRuleWithoutSecretsKeepsItsFingerprint() throws Exception {
    String text = "Resources:\n  Fn:\n    Action: '*'   # everything\n";
    assertThat(fingerprint(PLAIN, text, 3, 5, "allows every action"))
        .isEqualTo(published("LL303", LOGICAL, "    Action: '*'   # everything", 1));
  }

  @Test
  void twoSecretsWithTheSameMaskOnTheSameLineGiveTheSameFingerprint() throws Exception {
    String message = "Environment variable DB_PASSWORD of Fn holds a plaintext secret (****)";
    String a = fingerprint(SECRET, "x:\n      DB_PASSWORD: pw12345\n", 2, 7, message);
    String b = fingerprint(SECRET, "x:\n      DB_PASSWORD: hunter2\n", 2, 7, message);
    assertThat(a).isEqualTo(b);
    // and the secret's line is not what was hashed
    assertThat(a).isNotEqualTo(published("LL301", LOGICAL, "      DB_PASSWORD: pw12345", 1));
  }

  private static String javaFingerprint(String text, int line, int column, String message) {
    SourceTexts texts = new SourceTexts();
    SourceFile java = SourceFile.of(ROOT.resolve("src/A.java"), ROOT);
    texts.put(java, text);
    Finding f = new Finding(SECRET, Severity.ERROR, message, Location.of(java, TextRange.at(line, column)), null);
    return Fingerprints.assign(List.of(f), texts).get(0).fingerprint();
  }

  @Test
  void aJavaSecretFindingsFingerprintFollowsWhatPrecedesItOnTheLineAndItsMask() {
    String message = "DB_PASSWORD is set to a literal secret (pw****)";
    String before = javaFingerprint("String DB_PASSWORD = \"pw12345678\";\n", 1, 22, message);
    String renamed = javaFingerprint("String DB_SECRET = \"pw12345678\";\n", 1, 20, message);
    String otherMask = javaFingerprint("String DB_PASSWORD = \"xy12345678\";\n", 1, 22, message.replace("pw", "xy"));
    assertThat(before).isNotEqualTo(renamed).isNotEqualTo(otherMask);
    assertThat(javaFingerprint("String DB_PASSWORD = \"pw87654321\";\n", 1, 22, message)).isEqualTo(before);
    // moved down by a line: the same
    assertThat(javaFingerprint("\nString DB_PASSWORD = \"pw12345678\";\n", 2, 22, message)).isEqualTo(before);
  }

  @Test
  void theMaskedLineHoldsNothingOfTheSecretNorOfAnotherStringBeforeIt() {
    Finding f = new Finding(SECRET, Severity.ERROR, "holds (****)", Location.of(FILE, TextRange.at(1, 5)), null);
    assertThat(Fingerprints.maskedLine("    KEY: s3cr3t", f)).isEqualTo("    \u0000holds (****)");
    // a second literal on the line: the first one's text (maybe a secret too) is left out
    Finding second = new Finding(SECRET, Severity.ERROR, "b (****)", Location.of(FILE, TextRange.at(1, 30)), null);
    assertThat(Fingerprints.maskedLine("String a = \"hunter2\\\"x\", b = \"pw12345\";", second))
        .isEqualTo("String a = \"\", b = \u0000b (****)");
    // a template finding is located by its logical path: nothing of the line (a flow map may hold other secrets)
    Finding template = new Finding(SECRET, Severity.ERROR, "B (****)",
        new Location(FILE, TextRange.at(1, 20), LOGICAL, "Fn"), null);
    assertThat(Fingerprints.maskedLine("Variables: {A: hunter2, B: pw12345}", template)).isEqualTo("\u0000B (****)");
    // a column past the line's end keeps what there is
    Finding far = new Finding(SECRET, Severity.ERROR, "m", Location.of(FILE, TextRange.at(1, 99)), null);
    assertThat(Fingerprints.maskedLine("ab", far)).isEqualTo("ab\u0000m");
  }
}
