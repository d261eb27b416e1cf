package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.suppress.SuppressionHelp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The rules of a run, each with its metadata read once, sorted by id, ids and names unique. */
public final class RuleRegistry {

  /** A rule and its metadata. */
  public record RegisteredRule(Rule rule, RuleMeta meta) {}

  private final List<RegisteredRule> rules;

  public RuleRegistry(List<? extends Rule> rules) {
    List<RegisteredRule> registered = new ArrayList<>();
    for (Rule rule : rules) registered.add(new RegisteredRule(rule, withSuppressionHelp(rule.meta())));
    registered.sort(Comparator.comparing(r -> r.meta().id()));
    checkUnique(registered);
    this.rules = List.copyOf(registered);
  }

  /** Every rule on the class path of {@code loader} (the {@code META-INF/services} entries). */
  public static RuleRegistry installed(ClassLoader loader) {
    List<Rule> found = new ArrayList<>();
    ServiceLoader.load(Rule.class, loader).forEach(found::add);
    return new RuleRegistry(found);
  }

  public List<RegisteredRule> rules() {
    return rules;
  }

  /** The builtin diagnostics and every rule, sorted by id: what SARIF's driver lists. */
  public List<RuleMeta> allMeta() {
    List<RuleMeta> all = new ArrayList<>(BuiltinRules.ALL);
    rules.forEach(r -> all.add(r.meta()));
    all.sort(Comparator.comparing(RuleMeta::id));
    return List.copyOf(all);
  }

  /** A rule's page ends with how to suppress its findings, written once for all ({@link SuppressionHelp}). */
  private static RuleMeta withSuppressionHelp(RuleMeta meta) {
    return meta.docs().isBlank() ? meta : meta.withDocs(SuppressionHelp.appendTo(meta.docs(), meta.id()));
  }

  private static void checkUnique(List<RegisteredRule> rules) {
    Map<String, String> seen = new HashMap<>();
    BuiltinRules.ALL.forEach(m -> {
      seen.put(m.id(), "builtin");
      seen.put(m.name(), "builtin");
    });
    for (RegisteredRule r : rules) {
      String owner = r.rule().getClass().getName();
      for (String key : List.of(r.meta().id(), r.meta().name())) {
        String previous = seen.putIfAbsent(key, owner);
        if (previous != null) {
          throw new IllegalStateException("rule id or name '" + key + "' declared twice: " + previous + " and " + owner);
        }
      }
    }
  }
}
