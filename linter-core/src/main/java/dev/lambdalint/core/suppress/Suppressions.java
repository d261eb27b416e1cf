package dev.lambdalint.core.suppress;

import dev.lambdalint.core.engine.BuiltinRules;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
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
    Suppression[] by = coverage(findings, suppressions, used);
    List<Finding> active = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    for (int k = 0; k < findings.size(); k++) {
      Finding f = findings.get(k);
      if (by[k] == null) {
        active.add(f);
      } else {
        suppressed.add(new Suppressed(f, Suppressed.Kind.IN_SOURCE, by[k].justification()));
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

  /**
   * For each finding, the first suppression (in list order) that {@link Suppression#covers covers}
   * it, or null; marks in {@code used} every suppression that covers some finding. The same
   * answer as asking every suppression about every finding, in O((F + S) log S): suppressions
   * are grouped by file and rule, those of a resource by its logical id, and those of a line range
   * or a declaration are swept as intervals over the findings in position order, each marked used
   * once (80,000 suppressions against their findings were quadratic, issue 18 item 15).
   */
  static Suppression[] coverage(List<Finding> findings, List<Suppression> suppressions, boolean[] used) {
    return coverage(findings, suppressions, used, new long[1]);
  }

  /** {@link #coverage(List, List, boolean[])}, counting steps into {@code work[0]} (for tests). */
  static Suppression[] coverage(List<Finding> findings, List<Suppression> suppressions, boolean[] used, long[] work) {
    Suppression[] by = new Suppression[findings.size()];
    Map<Group, GroupIndex> groups = new HashMap<>();
    for (int i = 0; i < suppressions.size(); i++) {
      Suppression s = suppressions.get(i);
      if (s.ruleId() == null) continue;
      GroupIndex g = groups.computeIfAbsent(new Group(s.where().file(), s.ruleId()), k -> new GroupIndex());
      if (s.logicalId() != null) {
        g.byResource.computeIfAbsent(s.logicalId(), k -> new ArrayList<>()).add(i);
      } else {
        g.ranges.add(i);
      }
    }
    Map<Group, List<Integer>> findingsByGroup = new HashMap<>();
    for (int k = 0; k < findings.size(); k++) {
      Finding f = findings.get(k);
      if (f.ruleId().equals(BuiltinRules.PARSE_ERROR.id())) continue;
      Group key = new Group(f.file(), f.ruleId());
      if (groups.containsKey(key)) findingsByGroup.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
    }
    for (Map.Entry<Group, List<Integer>> entry : findingsByGroup.entrySet()) {
      GroupIndex g = groups.get(entry.getKey());
      int[] first = new int[entry.getValue().size()];
      Arrays.fill(first, Integer.MAX_VALUE);
      List<Integer> members = entry.getValue();
      // Resource Metadata: every suppression of the finding's resource covers it.
      for (int m = 0; m < members.size(); m++) {
        String logicalId = findings.get(members.get(m)).location().logicalId();
        List<Integer> of = logicalId == null ? null : g.byResource.get(logicalId);
        if (of == null) continue;
        first[m] = of.get(0);
        if (g.markedResources.add(logicalId)) for (int i : of) used[i] = true;
      }
      sweep(findings, suppressions, members, g.ranges, first, used, work);
      for (int m = 0; m < members.size(); m++) {
        if (first[m] != Integer.MAX_VALUE) by[members.get(m)] = suppressions.get(first[m]);
      }
    }
    return by;
  }

  /** The interval sweep: lowers {@code first[m]} to the first range suppression covering member m. */
  private static void sweep(List<Finding> findings, List<Suppression> suppressions, List<Integer> members,
      List<Integer> ranges, int[] first, boolean[] used, long[] work) {
    if (ranges.isEmpty()) return;
    Integer[] order = new Integer[members.size()];
    for (int m = 0; m < order.length; m++) order[m] = m;
    long[] at = new long[members.size()];
    for (int m = 0; m < at.length; m++) {
      TextRange r = findings.get(members.get(m)).range();
      at[m] = r == null ? Long.MIN_VALUE : position(r.startLine(), r.startColumn());
    }
    Arrays.sort(order, Comparator.comparingLong(m -> at[m]));
    long[] start = new long[suppressions.size()];
    long[] end = new long[suppressions.size()];
    for (int i : ranges) {
      Suppression s = suppressions.get(i);
      if (s.declaration() != null) {
        TextRange d = s.declaration();
        start[i] = position(d.startLine(), d.startColumn());
        end[i] = position(d.endLine(), d.endColumn());
      } else {
        start[i] = position(s.fromLine(), Integer.MIN_VALUE);
        end[i] = position(s.toLine() + 1L, Integer.MIN_VALUE);
      }
    }
    List<Integer> byStart = new ArrayList<>(ranges);
    byStart.sort(Comparator.comparingLong((Integer i) -> start[i]).thenComparingInt(i -> i));
    PriorityQueue<Integer> byEnd = new PriorityQueue<>(Comparator.comparingLong((Integer i) -> end[i]));
    TreeSet<Integer> open = new TreeSet<>();
    List<Integer> pending = new ArrayList<>();
    int next = 0;
    for (int m : order) {
      if (at[m] == Long.MIN_VALUE) continue; // a finding without a position: no range covers it
      long p = at[m];
      work[0]++;
      while (next < byStart.size() && start[byStart.get(next)] <= p) {
        int i = byStart.get(next++);
        work[0]++;
        byEnd.add(i);
        open.add(i);
        pending.add(i);
      }
      while (!byEnd.isEmpty() && end[byEnd.peek()] <= p) {
        open.remove(byEnd.poll());
        work[0]++;
      }
      work[0] += pending.size();
      for (int i : pending) {
        if (end[i] > p) used[i] = true; // still open: it covers this finding
      }
      pending.clear();
      if (!open.isEmpty()) first[m] = Math.min(first[m], open.first());
    }
  }

  /** A (line, column) position as one ordered number. */
  private static long position(long line, int column) {
    return (line << 32) + ((long) column - Integer.MIN_VALUE);
  }

  private record Group(SourceFile file, String ruleId) {}

  private static final class GroupIndex {
    final Map<String, List<Integer>> byResource = new HashMap<>();
    final Set<String> markedResources = new HashSet<>();
    final List<Integer> ranges = new ArrayList<>();
  }
}
