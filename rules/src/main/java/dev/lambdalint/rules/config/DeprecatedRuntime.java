package dev.lambdalint.rules.config;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.Setting;
import dev.lambdalint.core.template.Template;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A function on a runtime AWS has deprecated (no more security patches); an error once AWS blocks
 * updates of functions on it. Dates come from {@code deprecated-runtimes.csv}. A runtime set in
 * {@code Globals} is reported once, at the Globals line.
 */
@RuleInfo(
    id = "LL501",
    name = "deprecated-runtime",
    severity = Severity.WARNING,
    category = Category.CONFIGURATION,
    summary = "A function uses a runtime past its AWS deprecation date",
    tags = {"configuration", "runtime", "security"},
    precision = Precision.VERY_HIGH)
public final class DeprecatedRuntime implements Rule {

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<Node, List<String>> byNode = new LinkedHashMap<>();
    Map<Node, DeprecatedRuntimes.Entry> entries = new LinkedHashMap<>();
    for (Function f : template.functions()) {
      Optional<Setting<String>> runtime = f.runtime();
      if (runtime.isEmpty() || runtime.get().node() == null) continue;
      Optional<DeprecatedRuntimes.Entry> entry = DeprecatedRuntimes.lookup(runtime.get().value());
      if (entry.isEmpty() || today.isBefore(entry.get().deprecated())) continue;
      byNode.computeIfAbsent(runtime.get().node(), k -> new ArrayList<>()).add(f.logicalId());
      entries.put(runtime.get().node(), entry.get());
    }
    byNode.forEach((node, functions) -> {
      DeprecatedRuntimes.Entry e = entries.get(node);
      boolean blocked = e.blockUpdate().map(d -> !today.isBefore(d)).orElse(false);
      String who = node.path().startsWith("Globals/")
          ? "Runtime " + e.runtime() + " (from Globals, used by " + String.join(", ", functions) + ")"
          : "Runtime " + e.runtime() + " of " + functions.get(0);
      String state = blocked
          ? " is deprecated since " + e.deprecated() + " and AWS blocks function updates on it since " + e.blockUpdate().get()
          : " is deprecated since " + e.deprecated() + ": it no longer gets security patches or support";
      sink.report(node, blocked ? Severity.ERROR : Severity.WARNING, who + state + "; move to " + e.successor()
          + " or another supported runtime");
    });
  }
}
