package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import java.util.List;

/**
 * The engine's own diagnostics. They are not rules a user writes a check for: the engine raises
 * them when a file cannot be read or parsed (LL001), when a rule throws (LL002) and when a
 * suppression matches nothing (LL003).
 */
public final class BuiltinRules {
  public static final RuleMeta PARSE_ERROR = meta(
      "LL001", "parse-error", Severity.ERROR,
      "A template or Java source file cannot be read or parsed",
      List.of("correctness"));

  public static final RuleMeta RULE_FAILURE = meta(
      "LL002", "rule-failure", Severity.ERROR,
      "A rule failed on a file, so the file was not fully checked",
      List.of("lambdalint"));

  public static final RuleMeta UNUSED_SUPPRESSION = meta(
      "LL003", "unused-suppression", Severity.NOTE,
      "A suppression matches no finding or names no rule, so it can be removed",
      List.of("lambdalint", "maintainability"));

  public static final List<RuleMeta> ALL = List.of(PARSE_ERROR, RULE_FAILURE, UNUSED_SUPPRESSION);

  private BuiltinRules() {}

  private static RuleMeta meta(String id, String name, Severity severity, String summary, List<String> tags) {
    return new RuleMeta(id, name, severity, Category.LAMBDALINT, summary, tags, Precision.VERY_HIGH, null,
        RuleMeta.readDocs(BuiltinRules.class, id).orElse(""));
  }

  /**
   * What makes a finding one: its rule and place — a value inherited from Globals is one finding
   * however many functions inherit it — except that each rule failing on a file is its own LL002,
   * though all of them stand at the file's first line.
   */
  public static String identity(Finding f) {
    String failedRule = f.ruleId().equals(RULE_FAILURE.id()) ? "\u0000" + f.message() : "";
    return f.ruleId() + "\u0000" + f.file().path() + "\u0000" + f.range() + failedRule;
  }
}
