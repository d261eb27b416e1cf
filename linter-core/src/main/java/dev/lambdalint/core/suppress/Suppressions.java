package dev.lambdalint.core.suppress;

import dev.lambdalint.core.engine.BuiltinRules;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.RuleMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Applies suppressions to findings: a covered finding becomes {@link Suppressed} (kept, marked,
 * with the reason); a suppression that covers nothing, or names no rule, becomes an LL003
 * {@code unused-suppression} note at the spot it is written, so stale suppressions do not rot.
 * Parse errors (LL001) cannot be suppressed: nothing in such a file was checked.
 */
public final class Suppressions {

  /** What applying suppressions gives. */
  public record Outcome(List<Finding> active, List<Suppressed> suppressed, List<Finding> unused) {}

  private Suppressions() {}

  /**
   * @param ran true for the ids of rules that ran in this scan: a suppression of a rule the
   *     configuration disabled is not reported as unused
   */
  public static Outcome apply(List<Finding> findings, List<Suppression> suppressions, Predicate<String> ran,
      Collection<RuleMeta> rules) {
    boolean[] used = new boolean[suppressions.size()];
    List<Finding> active = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    for (Finding f : findings) {
      Suppression by = null;
      if (!f.ruleId().equals(BuiltinRules.PARSE_ERROR.id())) {
        for (int i = 0; i < suppressions.size(); i++) {
          if (suppressions.get(i).covers(f)) {
            used[i] = true;
            if (by == null) by = suppressions.get(i);
          }
        }
      }
      if (by == null) {
        active.add(f);
      } else {
        suppressed.add(new Suppressed(f, Suppressed.Kind.IN_SOURCE, by.justification()));
      }
    }
    // Where a rule failed (LL002) its findings are lost: its suppressions there are not "unused".
    java.util.Set<dev.lambdalint.core.model.SourceFile> failed = new java.util.HashSet<>();
    for (Finding f : findings) {
      if (f.ruleId().equals(BuiltinRules.RULE_FAILURE.id())) failed.add(f.file());
    }
    List<Finding> unused = new ArrayList<>();
    for (int i = 0; i < suppressions.size(); i++) {
      Suppression s = suppressions.get(i);
      if (used[i] || (s.ruleId() != null && failed.contains(s.where().file()))) continue;
      String message;
      if (s.ruleId() == null) {
        message = s.written().isEmpty()
            ? "this " + s.style().label() + " names no rule; write the rule's id after it, e.g. LL101, then an optional reason"
            : "this " + s.style().label() + " names '" + s.written() + "', which is no lambdalint rule;"
                + " use a rule id or name from `lambdalint rules`";
      } else if (!ran.test(s.ruleId())) {
        continue;
      } else {
        String name = rules.stream().filter(r -> r.id().equals(s.ruleId())).map(RuleMeta::name).findFirst().orElse("");
        message = "this " + s.style().label() + " of " + s.ruleId() + (name.isEmpty() ? "" : " (" + name + ")")
            + " matches no finding; remove it";
      }
      unused.add(new Finding(BuiltinRules.UNUSED_SUPPRESSION, BuiltinRules.UNUSED_SUPPRESSION.severity(), message,
          s.where(), null));
    }
    return new Outcome(active, suppressed, unused);
  }
}
