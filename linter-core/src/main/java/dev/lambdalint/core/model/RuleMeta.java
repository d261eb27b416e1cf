package dev.lambdalint.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything public about a rule: what SARIF's {@code reportingDescriptor}, {@code lambdalint
 * rules} and {@code lambdalint explain} show.
 *
 * @param docs the rule's Markdown documentation (why, non-compliant, compliant, suppression)
 * @param securitySeverity GitHub's security-severity, {@code null} for non-security rules
 * @param secretInFindings whether the findings carry a (masked) secret ({@link RuleInfo#secretInFindings})
 * @param options the options the rule reads, sorted by name ({@link RuleOption})
 */
public record RuleMeta(
    String id,
    String name,
    Severity severity,
    Category category,
    String summary,
    List<String> tags,
    Precision precision,
    String securitySeverity,
    String docs,
    boolean secretInFindings,
    List<RuleOption<?>> options) {

  private static final Pattern ID = Pattern.compile("LL\\d{3}");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RuleMeta {
    Objects.requireNonNull(id);
    if (!ID.matcher(id).matches()) throw new IllegalArgumentException("rule id must be LLnnn: " + id);
    if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("rule name must be kebab-case: " + name);
    tags = List.copyOf(tags);
    if (securitySeverity != null && securitySeverity.isEmpty()) securitySeverity = null;
    docs = docs == null ? "" : docs;
    options = options.stream().sorted(Comparator.comparing(RuleOption::name)).toList();
    Set<String> names = new HashSet<>();
    for (RuleOption<?> option : options) {
      if (!names.add(option.name())) throw new IllegalArgumentException(id + " declares option " + option.name() + " twice");
    }
  }

  /** A rule without options. */
  public RuleMeta(String id, String name, Severity severity, Category category, String summary, List<String> tags,
      Precision precision, String securitySeverity, String docs, boolean secretInFindings) {
    this(id, name, severity, category, summary, tags, precision, securitySeverity, docs, secretInFindings, List.of());
  }

  /** A rule whose findings carry no secret. */
  public RuleMeta(String id, String name, Severity severity, Category category, String summary, List<String> tags,
      Precision precision, String securitySeverity, String docs) {
    this(id, name, severity, category, summary, tags, precision, securitySeverity, docs, false);
  }

  /** Reads {@link RuleInfo} from {@code type} and {@code <id>.md} from beside it. */
  public static RuleMeta of(Class<?> type) {
    RuleInfo info = type.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(type.getName() + " has no @RuleInfo");
    }
    return new RuleMeta(
        info.id(),
        info.name(),
        info.severity(),
        info.category(),
        info.summary(),
        List.of(info.tags()),
        info.precision(),
        info.securitySeverity(),
        readDocs(type, info.id()).orElse(""),
        info.secretInFindings(),
        declaredOptions(type));
  }

  /** The {@code static final RuleOption} fields of {@code type}: the options its rule reads. */
  static List<RuleOption<?>> declaredOptions(Class<?> type) {
    List<RuleOption<?>> options = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers) || field.getType() != RuleOption.class) continue;
      try {
        field.setAccessible(true);
        options.add((RuleOption<?>) Objects.requireNonNull(field.get(null), field.getName()));
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalStateException("cannot read option " + type.getName() + "." + field.getName() + ": " + e, e);
      }
    }
    return options;
  }

  /** The Markdown docs resource {@code <id>.md} in the package of {@code type}. */
  public static Optional<String> readDocs(Class<?> type, String id) {
    try (InputStream in = type.getResourceAsStream(id + ".md")) {
      if (in == null) return Optional.empty();
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same rule with other documentation. */
  public RuleMeta withDocs(String newDocs) {
    return new RuleMeta(id, name, severity, category, summary, tags, precision, securitySeverity, newDocs,
        secretInFindings, options);
  }

  public boolean isSecurityRule() {
    return securitySeverity != null;
  }

  /** Docs as plain text for consumers that cannot render Markdown (SARIF {@code help.text}). */
  public String docsAsText() {
    if (docs.isBlank()) return summary;
    return docs.replaceAll("(?m)^#+\\s*", "").replace("`", "").strip();
  }
}
