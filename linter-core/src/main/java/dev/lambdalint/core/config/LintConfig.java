package dev.lambdalint.core.config;

import dev.lambdalint.core.config.ConfigTree.ListValue;
import dev.lambdalint.core.config.ConfigTree.MapValue;
import dev.lambdalint.core.config.ConfigTree.Scalar;
import dev.lambdalint.core.config.ConfigTree.Value;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.parse.BoundedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The user's settings from {@code .lambdalint.yml}: which rules run and at what severity, each
 * rule's options, and which paths are read. Rules are named by id or name. Every mistake — an
 * unknown key, a rule that does not exist, a bad severity — is a {@link ConfigException} with the
 * file, line and column, never silently ignored.
 *
 * <pre>
 * rules:
 *   LL303: {enabled: false}
 *   client-in-handler: {severity: error}
 *   LL401: {options: {budgetPercent: 70}}
 * include: ["services/**"]
 * exclude: ["**&#47;generated/**"]
 * failOn: warning
 * baseline: lambdalint-baseline.json
 * asOf: 2026-11-23
 * </pre>
 */
public final class LintConfig {
  /** The file name looked for, from the scan root upwards. */
  public static final String FILE_NAME = ".lambdalint.yml";
  /** Also accepted, when {@link #FILE_NAME} is absent. */
  public static final String ALTERNATE_FILE_NAME = ".lambdalint.yaml";

  private static final Set<String> TOP_KEYS = Set.of("rules", "include", "exclude", "failOn", "baseline", "asOf");
  private static final Set<String> RULE_KEYS = Set.of("enabled", "severity", "options");

  /** One rule's settings; {@code null} fields leave the default. */
  public record RuleSettings(Boolean enabled, Severity severity, RuleOptions options) {}

  private static final LintConfig DEFAULTS = new LintConfig(null, null, Map.of(), List.of(), List.of(), null, null, null);

  private final Path file;
  private final Path baseDirectory;
  private final Map<String, RuleSettings> rules;
  private final List<Glob> includes;
  private final List<Glob> excludes;
  private final Severity failOn;
  private final Path baseline;
  private final LocalDate asOf;

  private LintConfig(Path file, Path baseDirectory, Map<String, RuleSettings> rules, List<Glob> includes,
      List<Glob> excludes, Severity failOn, Path baseline, LocalDate asOf) {
    this.file = file;
    this.baseDirectory = baseDirectory;
    this.rules = Map.copyOf(rules);
    this.includes = List.copyOf(includes);
    this.excludes = List.copyOf(excludes);
    this.failOn = failOn;
    this.baseline = baseline;
    this.asOf = asOf;
  }

  /** No file: every rule at its default, every path read. */
  public static LintConfig defaults() {
    return DEFAULTS;
  }

  /**
   * The nearest {@code .lambdalint.yml} (or {@code .yaml}) in {@code start} (a file's folder when
   * it is a file) or a folder above it, up to the repository root (the folder holding
   * {@code .git}) or the file system root.
   */
  public static Optional<Path> find(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) dir = dir.getParent();
    for (; dir != null; dir = dir.getParent()) {
      for (String name : List.of(FILE_NAME, ALTERNATE_FILE_NAME)) {
        Path candidate = dir.resolve(name);
        if (Files.isRegularFile(candidate)) return Optional.of(candidate);
      }
      if (Files.exists(dir.resolve(".git"))) break;
    }
    return Optional.empty();
  }

  /** A configuration file is a few lines; one of a megabyte is a mistake, not a configuration. */
  static final long MAX_BYTES = 1024 * 1024;

  /** Reads and checks {@code file} against the rules this build has (ids and names). */
  public static LintConfig load(Path file, List<RuleMeta> knownRules) {
    String text;
    try {
      text = BoundedFiles.read(file, MAX_BYTES);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read the configuration file: " + e.getMessage(), e);
    }
    return parse(file, text, knownRules);
  }

  /** Parses {@code text} as if read from {@code file}. */
  public static LintConfig parse(Path file, String text, List<RuleMeta> knownRules) {
    Path absolute = file.toAbsolutePath().normalize();
    Value root = ConfigTree.parse(file, text);
    if (root instanceof Scalar s && s.value() == null) root = new MapValue(Map.of(), Map.of(), 1, 1);
    MapValue top = expectMap(file, root, "the configuration");
    checkKeys(file, top, TOP_KEYS, "at the top level");

    Map<String, RuleSettings> rules = new LinkedHashMap<>();
    Value rulesValue = top.entries().get("rules");
    if (rulesValue != null && !(rulesValue instanceof Scalar s && s.value() == null)) {
      MapValue rulesMap = expectMap(file, rulesValue, "'rules'");
      for (Map.Entry<String, Value> e : rulesMap.entries().entrySet()) {
        ConfigTree.Key key = rulesMap.keys().get(e.getKey());
        RuleMeta rule = resolveRule(file, key, knownRules);
        if (rules.containsKey(rule.id())) {
          throw ConfigException.at(file, key.line(), key.column(),
              "rule " + rule.id() + " (" + rule.name() + ") is configured twice");
        }
        rules.put(rule.id(), ruleSettings(file, rule, e.getValue()));
      }
    }
    Path base = absolute.getParent();
    Severity failOn = top.entries().containsKey("failOn")
        ? severity(file, top.entries().get("failOn"), "'failOn'") : null;
    Path baseline = null;
    if (top.entries().containsKey("baseline")) {
      baseline = base.resolve(string(file, top.entries().get("baseline"), "'baseline'")).normalize();
    }
    LocalDate asOf = top.entries().containsKey("asOf") ? date(file, top.entries().get("asOf"), "'asOf'") : null;
    return new LintConfig(absolute, base, rules, globs(file, top, "include"), globs(file, top, "exclude"),
        failOn, baseline, asOf);
  }

  /** A calendar date written {@code YYYY-MM-DD} (quoted or not). */
  private static LocalDate date(Path file, Value v, String what) {
    if (v instanceof Scalar s && s.value() instanceof String text && text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw ConfigException.at(file, v.line(), v.column(), what + " is not a calendar date: '" + text.strip() + "'");
      }
    }
    throw ConfigException.at(file, v.line(), v.column(), what + " must be a date written YYYY-MM-DD, not " + describe(v));
  }

  private static RuleSettings ruleSettings(Path file, RuleMeta rule, Value value) {
    String what = "the settings of rule " + rule.id();
    if (value instanceof Scalar s) {
      // Shorthands: `LL303: off` / `false` disables, `LL101: error` sets the severity.
      if (Boolean.FALSE.equals(s.value()) || "off".equals(s.value())) return new RuleSettings(false, null, RuleOptions.NONE);
      if (Boolean.TRUE.equals(s.value()) || "on".equals(s.value())) return new RuleSettings(true, null, RuleOptions.NONE);
      if (s.value() instanceof String text && isSeverity(text)) {
        return new RuleSettings(null, Severity.parse(text), RuleOptions.NONE);
      }
      throw ConfigException.at(file, s.line(), s.column(), what + " must be a mapping with enabled, severity"
          + " or options (or one of off, on, error, warning, note), not " + s.kind() + " '" + s.text() + "'");
    }
    MapValue map = expectMap(file, value, what);
    checkKeys(file, map, RULE_KEYS, "in " + what);
    Boolean enabled = null;
    if (map.entries().containsKey("enabled")) {
      Value v = map.entries().get("enabled");
      if (!(v instanceof Scalar s && s.value() instanceof Boolean b)) {
        throw ConfigException.at(file, v.line(), v.column(), "'enabled' of rule " + rule.id()
            + " must be true or false, not " + describe(v));
      }
      enabled = b;
    }
    Severity severity = map.entries().containsKey("severity")
        ? severity(file, map.entries().get("severity"), "'severity' of rule " + rule.id()) : null;
    RuleOptions options = RuleOptions.NONE;
    if (map.entries().containsKey("options")) {
      Value v = map.entries().get("options");
      MapValue optionMap = expectMap(file, v, "'options' of rule " + rule.id());
      Map<String, Object> values = new LinkedHashMap<>();
      Map<String, String> origins = new LinkedHashMap<>();
      for (Map.Entry<String, Value> o : optionMap.entries().entrySet()) {
        values.put(o.getKey(), ConfigTree.plain(o.getValue()));
        origins.put(o.getKey(), file + ":" + o.getValue().line() + ":" + o.getValue().column());
      }
      options = new RuleOptions(rule.id(), java.util.Collections.unmodifiableMap(values), Map.copyOf(origins));
    }
    return new RuleSettings(enabled, severity, options);
  }

  private static RuleMeta resolveRule(Path file, ConfigTree.Key key, List<RuleMeta> knownRules) {
    for (RuleMeta rule : knownRules) {
      if (rule.id().equalsIgnoreCase(key.name()) || rule.name().equals(key.name())) return rule;
    }
    String suggestion = RuleLookup.suggest(key.name(), knownRules)
        .map(r -> "; did you mean " + r.id() + " (" + r.name() + ")?")
        .orElse("; `lambdalint rules` lists them");
    throw ConfigException.at(file, key.line(), key.column(), "unknown rule '" + key.name() + "'" + suggestion);
  }

  private static boolean isSeverity(String text) {
    return List.of("error", "warning", "note").contains(text.toLowerCase(Locale.ROOT));
  }

  private static Severity severity(Path file, Value v, String what) {
    if (v instanceof Scalar s && s.value() instanceof String text && isSeverity(text)) return Severity.parse(text);
    throw ConfigException.at(file, v.line(), v.column(), what + " must be error, warning or note, not " + describe(v));
  }

  private static String string(Path file, Value v, String what) {
    if (v instanceof Scalar s && s.value() instanceof String text && !text.isBlank()) return text;
    throw ConfigException.at(file, v.line(), v.column(), what + " must be a non-empty string, not " + describe(v));
  }

  private static List<Glob> globs(Path file, MapValue top, String key) {
    Value v = top.entries().get(key);
    if (v == null || (v instanceof Scalar s && s.value() == null)) return List.of();
    List<Value> items = v instanceof ListValue l ? l.items() : List.of(v);
    List<Glob> globs = new ArrayList<>();
    for (Value item : items) {
      String text = string(file, item, "each pattern in '" + key + "'");
      globs.add(Glob.of(text));
    }
    return globs;
  }

  private static MapValue expectMap(Path file, Value v, String what) {
    if (v instanceof MapValue m) return m;
    throw ConfigException.at(file, v.line(), v.column(), what + " must be a mapping, not " + describe(v));
  }

  private static void checkKeys(Path file, MapValue map, Set<String> allowed, String what) {
    for (ConfigTree.Key key : map.keys().values()) {
      if (!allowed.contains(key.name())) {
        List<String> sorted = allowed.stream().sorted(Comparator.naturalOrder()).toList();
        String hint = RuleLookup.closest(key.name(), sorted).map(s -> "; did you mean '" + s + "'?")
            .orElse("; expected one of " + String.join(", ", sorted));
        throw ConfigException.at(file, key.line(), key.column(), "unknown key '" + key.name() + "' " + what + hint);
      }
    }
  }

  private static String describe(Value v) {
    if (v instanceof Scalar s) return s.value() == null ? "nothing" : s.kind() + " '" + s.text() + "'";
    return v.kind();
  }

  /** The file read, empty for {@link #defaults()}. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** False when the user disabled the rule. */
  public boolean isEnabled(String ruleId) {
    RuleSettings s = rules.get(ruleId);
    return s == null || s.enabled() == null || s.enabled();
  }

  /** The severity the user set for the rule, if any: it replaces every severity the rule reports. */
  public Optional<Severity> severity(String ruleId) {
    RuleSettings s = rules.get(ruleId);
    return s == null ? Optional.empty() : Optional.ofNullable(s.severity());
  }

  public RuleOptions options(String ruleId) {
    RuleSettings s = rules.get(ruleId);
    return s == null ? RuleOptions.NONE : s.options();
  }

  /** Settings by rule id. */
  public Map<String, RuleSettings> rules() {
    return rules;
  }

  /** {@code failOn:} from the file; the command line's {@code --fail-on} wins. */
  public Optional<Severity> failOn() {
    return Optional.ofNullable(failOn);
  }

  /** {@code baseline:} from the file, resolved against the file's folder. */
  public Optional<Path> baseline() {
    return Optional.ofNullable(baseline);
  }

  /** {@code asOf:} from the file, or what a front end set with {@link #withAsOf}. */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * The date rules compare dates with (LL501's deprecation dates): {@link #asOf()} when set, else
   * today's date in UTC. A run given a date is reproducible byte for byte later.
   */
  public LocalDate today() {
    return asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
  }

  /**
   * A copy whose date of the run is {@code date} (the CLI's {@code --as-of}, the Maven plugin's
   * {@code asOf}): it replaces {@code asOf:} of the file; {@code null} keeps the file's.
   */
  public LintConfig withAsOf(LocalDate date) {
    if (date == null) return this;
    return new LintConfig(file, baseDirectory, rules, includes, excludes, failOn, baseline, date);
  }

  /**
   * True when {@code file} is to be read: it matches an include pattern (when there are any)
   * and no exclude pattern. Patterns are relative to the configuration file's folder.
   */
  public boolean isIncluded(Path file) {
    if (baseDirectory == null || (includes.isEmpty() && excludes.isEmpty())) return true;
    Path abs = file.toAbsolutePath().normalize();
    if (!abs.startsWith(baseDirectory)) return includes.isEmpty();
    String relative = dev.lambdalint.core.model.PathText.of(baseDirectory.relativize(abs)).replace('\\', '/');
    if (!includes.isEmpty() && includes.stream().noneMatch(g -> g.matches(relative))) return false;
    return excludes.stream().noneMatch(g -> g.matches(relative));
  }

  /** A copy with the given rules' settings added or replaced (for front ends' own options). */
  public LintConfig withRule(String ruleId, RuleSettings settings) {
    Map<String, RuleSettings> copy = new LinkedHashMap<>(rules);
    copy.put(ruleId, settings);
    return new LintConfig(file, baseDirectory, copy, includes, excludes, failOn, baseline, asOf);
  }

  /**
   * A copy that also applies these include/exclude patterns, written relative to {@code base} (the
   * Maven plugin's {@code includes}/{@code excludes}, and the child modules it leaves to
   * themselves). They are rewritten relative to the configuration file's folder when there is one.
   */
  public LintConfig withPatterns(Path base, List<String> include, List<String> exclude) {
    if (include.isEmpty() && exclude.isEmpty()) return this;
    Path patternBase = base.toAbsolutePath().normalize();
    Path newBase = baseDirectory != null ? baseDirectory : patternBase;
    String prefix = "";
    if (!newBase.equals(patternBase)) {
      if (!patternBase.startsWith(newBase)) {
        throw new ConfigException("patterns relative to " + patternBase + " cannot be combined with "
            + file + ", whose patterns are relative to " + newBase);
      }
      prefix = newBase.relativize(patternBase).toString().replace('\\', '/') + "/";
    }
    List<Glob> in = new ArrayList<>(includes);
    List<Glob> ex = new ArrayList<>(excludes);
    for (String p : include) in.add(Glob.of(prefix + p));
    for (String p : exclude) ex.add(Glob.of(prefix + p));
    return new LintConfig(file, newBase, rules, in, ex, failOn, baseline, asOf);
  }

  @Override
  public String toString() {
    return file == null ? "default configuration" : file.toString();
  }
}
