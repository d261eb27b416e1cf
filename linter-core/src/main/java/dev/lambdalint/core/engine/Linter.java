package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.RuleMeta;
import java.util.List;

/** The one entry point for every front end: {@code run(request) → Report}. (Being written.) */
public final class Linter {
  private final List<Rule> rules;

  public Linter(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public List<RuleMeta> rules() {
    return rules.stream().map(Rule::meta).toList();
  }

  public Report run(LintRequest request) throws LintException {
    throw new UnsupportedOperationException("engine being written");
  }
}
