package dev.lambdalint.core.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's public metadata, declared once on its class (as Error Prone's {@code @BugPattern}).
 * The long explanation lives in {@code <id>.md} beside the class; the options the rule reads are
 * {@code static final} {@link RuleOption} fields of the class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Stable public id, {@code LLnnn}. */
  String id();

  /** Stable kebab-case name. */
  String name();

  Severity severity();

  Category category();

  /** One sentence, no trailing period. */
  String summary();

  String[] tags() default {};

  Precision precision() default Precision.HIGH;

  /** GitHub's security-severity, 0.1–10.0, for security rules; empty for the others. */
  String securitySeverity() default "";

  /**
   * Whether the rule's findings carry a secret: their message shows it masked, and the line they
   * start on may hold it in clear. Their fingerprint is then derived from the (masked) message, never
   * from the secret's characters on the line, so a reader
   * of a report cannot recover a weak secret by hashing guesses (see {@code Fingerprints}).
   */
  boolean secretInFindings() default false;
}
