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
   * The line of a finding that carries a secret, with the secret masked: the finding's message,
   * which shows the secret only as its mask, after what locates the finding. A template finding
   * is located by its logical path (already hashed), so nothing of the line is kept; a Java finding
   * keeps the line up to where it starts (the field, the variable, the call) with the contents of
   * every string literal there removed, since another secret may sit before it. The secret's
   * characters never enter the hash: two secrets with the same mask on the same line give the same
   * fingerprint, and a reader of the report cannot test guesses against it. Still stable when
   * lines move, and when the secret is rotated behind the same mask.
   */
  static String maskedLine(String line, Finding f) {
    if (f.location().logicalPath() != null) return "\u0000" + f.message();
    int column = f.range().startColumn(); // 1-based
    int prefixEnd = line.length();
    if (column >= 1) {
      try {
        prefixEnd = line.offsetByCodePoints(0, Math.min(column - 1, line.codePointCount(0, line.length())));
      } catch (IndexOutOfBoundsException e) {
        prefixEnd = 0;
      }
    }
    return withoutQuotedText(line.substring(0, prefixEnd)) + "\u0000" + f.message();
  }

  /** {@code text} with what is between quotes ({@code "…"}, {@code '…'}, backslash escapes kept inside) left out. */
  static String withoutQuotedText(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == 0) {
        sb.append(c);
        if (c == '"' || c == '\'') quote = c;
      } else if (c == '\\') {
        i++; // the escaped character is part of the string
      } else if (c == quote) {
        sb.append(c);
        quote = 0;
      }
    }
    return sb.toString();
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
