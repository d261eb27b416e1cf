package dev.lambdalint.core.engine;

import dev.lambdalint.core.baseline.Baseline;
import dev.lambdalint.core.config.ConfigException;
import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.config.RuleLookup;
import dev.lambdalint.core.config.RuleOptions;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The policy of one run, the same in every front end: which configuration file applies, which
 * rules run, the baseline, and when the run fails. Each setting comes from the command line (or
 * the Maven plugin's parameter), else {@code .lambdalint.yml}, else the default; the front ends
 * only map their flags onto {@link Options}.
 */
public final class RunPolicy {
  /** Notes inform; they fail a build only when asked ({@code --fail-on note}, {@code failOn: note}). */
  public static final Severity DEFAULT_FAIL_ON = Severity.WARNING;

  /**
   * What a front end was given; {@code null} (or empty lists) where it was not given.
   *
   * @param failOn the least severe finding that fails the run
   * @param baseline findings recorded in this file do not count
   * @param onlyRules ids or names of the only rules to run (lambdalint's own LL0xx diagnostics stay on)
   * @param skipRules ids or names of rules never to run
   * @param asOf the date rules compare dates with (LL501), instead of {@code asOf:} or today's
   */
  public record Options(Severity failOn, Path baseline, List<String> onlyRules, List<String> skipRules,
      LocalDate asOf) {
    public Options {
      onlyRules = onlyRules == null ? List.of() : List.copyOf(onlyRules);
      skipRules = skipRules == null ? List.of() : List.copyOf(skipRules);
    }

    public static Options none() {
      return new Options(null, null, List.of(), List.of(), null);
    }
  }

  private final LintConfig config;
  private final Severity failOn;
  private final Optional<Path> baseline;

  private RunPolicy(LintConfig config, Severity failOn, Optional<Path> baseline) {
    this.config = config;
    this.failOn = failOn;
    this.baseline = baseline;
  }

  /**
   * The configuration a run uses: {@code explicit} when given (it must exist), none when
   * {@code ignoreFiles}, else the nearest {@code .lambdalint.yml} from {@code start} upwards.
   */
  public static LintConfig loadConfig(Path explicit, boolean ignoreFiles, Path start, List<RuleMeta> rules) {
    if (ignoreFiles) return LintConfig.defaults();
    if (explicit != null) {
      if (!Files.exists(explicit)) throw new ConfigException(explicit + ": configuration file not found");
      return LintConfig.load(explicit, rules);
    }
    return LintConfig.find(start).map(f -> LintConfig.load(f, rules)).orElse(LintConfig.defaults());
  }

  /**
   * The policy for {@code options} over {@code config}; a rule named in the options that does not
   * exist is a {@link ConfigException} with the nearest rule as a suggestion.
   */
  public static RunPolicy of(LintConfig config, Options options, List<RuleMeta> rules) {
    LintConfig selected = config;
    Set<String> only = resolve(options.onlyRules(), rules, "--rule");
    Set<String> skipped = resolve(options.skipRules(), rules, "--skip-rule");
    for (RuleMeta rule : rules) {
      boolean builtin = rule.id().startsWith("LL0");
      boolean off = skipped.contains(rule.id()) || (!only.isEmpty() && !builtin && !only.contains(rule.id()));
      boolean on = only.contains(rule.id());
      if (!off && !on) continue;
      LintConfig.RuleSettings current = config.rules().get(rule.id());
      selected = selected.withRule(rule.id(), new LintConfig.RuleSettings(!off,
          current == null ? null : current.severity(), current == null ? RuleOptions.NONE : current.options()));
    }
    if (options.asOf() != null) selected = selected.withAsOf(options.asOf());
    Severity failOn = options.failOn() != null ? options.failOn() : config.failOn().orElse(DEFAULT_FAIL_ON);
    Optional<Path> baseline = options.baseline() != null ? Optional.of(options.baseline()) : config.baseline();
    return new RunPolicy(selected, failOn, baseline);
  }

  /** Rule ids for the names given (each may be a comma-separated list). */
  private static Set<String> resolve(List<String> given, List<RuleMeta> rules, String option) {
    Set<String> ids = new LinkedHashSet<>();
    for (String item : given) {
      for (String name : item.split(",")) {
        if (name.isBlank()) continue;
        RuleMeta rule = RuleLookup.find(name, rules).orElseThrow(() -> new ConfigException(option
            + ": unknown rule '" + name.strip() + "'" + RuleLookup.suggest(name, rules)
                .map(r -> "; did you mean " + r.id() + " (" + r.name() + ")?")
                .orElse("; `lambdalint rules` lists them")));
        ids.add(rule.id());
      }
    }
    return ids;
  }

  /** The configuration with the rule selection applied: what {@link Linter#run} is given. */
  public LintConfig config() {
    return config;
  }

  public Severity failOn() {
    return failOn;
  }

  /** The baseline file to apply, if any. */
  public Optional<Path> baseline() {
    return baseline;
  }

  /**
   * The report with the baseline applied ({@code shownAs} names the file in the reason of each
   * baselined finding), and the entries that matched nothing.
   */
  public Baseline.Applied applyBaseline(Report report, String shownAs) {
    if (baseline.isEmpty()) return new Baseline.Applied(report, List.of());
    return Baseline.read(baseline.get()).apply(report, shownAs);
  }

  /** The findings at or above {@link #failOn()} that count (not suppressed, not baselined). */
  public long failing(Report report) {
    return report.findings().stream().filter(f -> f.severity().atLeast(failOn)).count();
  }

  /** True when the run fails: a finding at or above {@link #failOn()} remains. */
  public boolean fails(Report report) {
    return failing(report) > 0;
  }

  /**
   * A date a front end was given ({@code --as-of}, the plugin's {@code asOf}), written
   * {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  public static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date of the form YYYY-MM-DD");
    }
  }
}
