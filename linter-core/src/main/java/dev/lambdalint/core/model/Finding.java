package dev.lambdalint.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found. {@code severity} is the effective severity (the rule's default unless the
 * rule chose another for this case or the user's config overrides it). {@code fingerprint} is a
 * stable hash that does not change when unrelated lines move; the engine fills it in.
 * {@code related} are further places it concerns, in order (the {@code cdk.out} line a finding on
 * CDK source was found on); most findings have none.
 */
public record Finding(RuleMeta rule, Severity severity, String message, Location location, String fingerprint,
    List<RelatedLocation> related) {

  /** Path, then position, then rule id, then message: the one order every output uses. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.location().file().path())
          .thenComparing(f -> f.location().range())
          .thenComparing(f -> f.rule().id())
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    related = related == null ? List.of() : List.copyOf(related);
  }

  /** A finding with no related places. */
  public Finding(RuleMeta rule, Severity severity, String message, Location location, String fingerprint) {
    this(rule, severity, message, location, fingerprint, List.of());
  }

  public Finding withFingerprint(String value) {
    return new Finding(rule, severity, message, location, value, related);
  }

  public Finding withSeverity(Severity value) {
    return new Finding(rule, value, message, location, fingerprint, related);
  }

  /** The same finding at another place, with another message and related places. */
  public Finding movedTo(Location place, String newMessage, List<RelatedLocation> newRelated) {
    return new Finding(rule, severity, newMessage, place, fingerprint, newRelated);
  }

  public String ruleId() {
    return rule.id();
  }

  public SourceFile file() {
    return location.file();
  }

  public TextRange range() {
    return location.range();
  }
}
