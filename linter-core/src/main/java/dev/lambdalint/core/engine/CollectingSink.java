package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects one rule's findings on one file; the engine keeps them only if the rule finished. */
final class CollectingSink implements FindingSink {
  private final RuleMeta rule;
  private final List<Finding> findings = new ArrayList<>();

  CollectingSink(RuleMeta rule) {
    this.rule = rule;
  }

  @Override
  public void report(Location location, String message) {
    report(location, rule.severity(), message);
  }

  @Override
  public void report(Location location, Severity severity, String message) {
    findings.add(new Finding(rule, severity, message, location, null));
  }

  List<Finding> findings() {
    return findings;
  }
}
