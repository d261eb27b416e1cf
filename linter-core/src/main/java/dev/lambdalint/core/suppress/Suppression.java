package dev.lambdalint.core.suppress;

import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.TextRange;

/**
 * One suppression the user wrote, for one rule: where it is written, what it covers (lines of a
 * file, or the findings of one template resource) and the reason given.
 *
 * @param written the rule as written (an id or a name)
 * @param ruleId the rule's id, or {@code null} when {@code written} names no rule
 * @param justification the reason after the rule, or "" when none was given
 * @param where the suppression's own position (unused suppressions are reported there)
 * @param fromLine first line covered (findings starting on it are suppressed)
 * @param toLine last line covered
 * @param logicalId for template Metadata: the resource whose findings are covered, else null
 * @param declaration for Java annotations: the annotated declaration, whose findings (those
 *     starting inside it) are covered; else null
 * @param style how it was written, for messages
 */
public record Suppression(
    String written,
    String ruleId,
    String justification,
    Location where,
    int fromLine,
    int toLine,
    String logicalId,
    TextRange declaration,
    Style style) {

  /** How a suppression was written. */
  public enum Style {
    JAVA_ANNOTATION("@SuppressWarnings"),
    COMMENT("lambdalint:ignore comment"),
    TEMPLATE_METADATA("Metadata lambdalint ignore");

    private final String label;

    Style(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public Suppression {
    justification = justification == null ? "" : justification.strip();
  }

  /** True when {@code finding} is one this suppression covers. */
  public boolean covers(Finding finding) {
    if (ruleId == null || !ruleId.equals(finding.ruleId())) return false;
    if (!finding.file().equals(where.file())) return false;
    if (logicalId != null) return logicalId.equals(finding.location().logicalId());
    if (declaration != null) {
      TextRange at = finding.range();
      boolean afterStart = at.startLine() > declaration.startLine()
          || (at.startLine() == declaration.startLine() && at.startColumn() >= declaration.startColumn());
      boolean beforeEnd = at.startLine() < declaration.endLine()
          || (at.startLine() == declaration.endLine() && at.startColumn() < declaration.endColumn());
      return afterStart && beforeEnd;
    }
    int line = finding.range().startLine();
    return line >= fromLine && line <= toLine;
  }
}
