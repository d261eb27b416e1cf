package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Stable identities for findings, so code scanning alerts and baselines survive unrelated edits.
 * A fingerprint hashes the rule id, the file, the logical location and the offending line's text
 * with all whitespace removed — never the line number — plus a counter that tells identical
 * findings in one file apart. The text is hashed, so a secret on that line never leaves in clear;
 * for a rule whose findings carry a secret ({@code RuleInfo#secretInFindings}) the secret is not
 * hashed either ({@link #maskedLine}), since a hash of a short secret is guessed offline.
 */
final class Fingerprints {

  private Fingerprints() {}

  /** Returns {@code findings} (already in report order) with fingerprints filled in. */
  static List<Finding> assign(List<Finding> findings, SourceTexts texts) {
    Map<String, Integer> occurrences = new HashMap<>();
    List<Finding> result = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String line = texts.line(f.file(), f.range().startLine());
      String basis = String.join("\u0000",
          f.ruleId(),
          f.file().path(),
          f.location().logicalPath() == null ? "" : f.location().logicalPath(),
          (f.rule().secretInFindings() ? maskedLine(line, f) : line).replaceAll("\\s+", ""));
      int occurrence = occurrences.merge(basis, 1, Integer::sum);
      result.add(f.withFingerprint(sha256(basis + "\u0000" + occurrence)));
    }
    return result;
  }

  /**
   * The line of a finding that carries a secret, with the secret masked: the line up to where the
   * finding starts (a key, a field name, an assignment), then the finding's message, which shows
   * the secret only as its mask. The secret's characters never enter the hash, so two secrets with
   * the same mask on the same line give the same fingerprint, and a reader of the report cannot
   * test guesses against it. Still stable when lines move, and when the secret is rotated.
   */
  static String maskedLine(String line, Finding f) {
    int column = f.range().startColumn(); // 1-based, in code points
    int prefixEnd = line.length();
    if (column >= 1) {
      try {
        prefixEnd = line.offsetByCodePoints(0, Math.min(column - 1, line.codePointCount(0, line.length())));
      } catch (IndexOutOfBoundsException e) {
        prefixEnd = 0;
      }
    }
    return line.substring(0, prefixEnd) + "\u0000" + f.message();
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
