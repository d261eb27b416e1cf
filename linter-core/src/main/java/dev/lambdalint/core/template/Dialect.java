package dev.lambdalint.core.template;

/**
 * How the user writes the template a finding is about, so that the fix a message gives is spelled
 * the way they would write it: SAM's {@code Tracing: Active}, CloudFormation's
 * {@code TracingConfig: {Mode: Active}}, CDK's {@code .tracing(Tracing.ACTIVE)}.
 */
public enum Dialect {
  /** A template with the SAM transform. */
  SAM,
  /** A plain CloudFormation template. */
  CLOUDFORMATION,
  /** CDK Java source, or a template a CDK app synthesized ({@code cdk.out}): the user writes CDK constructs. */
  CDK;

  /** One of three spellings of the same thing, this dialect's. */
  public String pick(String sam, String cloudFormation, String cdk) {
    return switch (this) {
      case SAM -> sam;
      case CLOUDFORMATION -> cloudFormation;
      case CDK -> cdk;
    };
  }
}
