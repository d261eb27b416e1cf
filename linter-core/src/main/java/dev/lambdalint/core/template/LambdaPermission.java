package dev.lambdalint.core.template;

import java.util.Locale;
import java.util.Optional;

/**
 * An {@code AWS::Lambda::Permission}: a statement of a function's resource-based policy that lets
 * a principal invoke it, read as the settings the security rules talk about.
 *
 * @param resource the permission resource: its logical-id key is where findings about the permission as a whole start
 */
public record LambdaPermission(Resource resource) {
  public static final String TYPE = "AWS::Lambda::Permission";

  /** The literal {@code Principal} ({@code *}, {@code s3.amazonaws.com}, an account id), stripped; empty when not knowable. */
  public Optional<String> principal() {
    return resource.properties().get("Principal").flatMap(resource.template()::literal).map(String::strip);
  }

  /** The {@code Principal:} key: where a finding about the principal starts. */
  public Optional<ScalarNode> principalKey() {
    return resource.properties().keyNode("Principal");
  }

  /** Whether the principal is anyone ({@code *}). */
  public boolean isPublic() {
    return principal().map("*"::equals).orElse(false);
  }

  /** Whether the principal is an AWS service ({@code *.amazonaws.com}, {@code *.amazonaws.com.cn}). */
  public boolean isServicePrincipal() {
    return principal().map(p -> p.toLowerCase(Locale.ROOT))
        .map(p -> p.endsWith(".amazonaws.com") || p.endsWith(".amazonaws.com.cn")).orElse(false);
  }

  /** {@code SourceArn}: the resource a service principal may invoke the function for. */
  public Optional<Node> sourceArn() {
    return resource.properties().get("SourceArn");
  }

  /** {@code SourceAccount}: the account whose resources a service principal may invoke the function for. */
  public Optional<Node> sourceAccount() {
    return resource.properties().get("SourceAccount");
  }

  /** Whether the permission names the source a service acts for ({@code SourceArn} or {@code SourceAccount}, in any form). */
  public boolean isScopedToSource() {
    return sourceArn().isPresent() || sourceAccount().isPresent();
  }

  /** The literal {@code FunctionUrlAuthType} ({@code NONE}, {@code AWS_IAM}) of a permission for a function URL. */
  public Optional<String> functionUrlAuthType() {
    return resource.properties().get("FunctionUrlAuthType").flatMap(resource.template()::literal);
  }

  /**
   * Whether it grants only what a public function URL needs: {@code lambda:InvokeFunctionUrl} with
   * {@code FunctionUrlAuthType: NONE}, or {@code lambda:InvokeFunction} with
   * {@code InvokedViaFunctionUrl: true} — the two permissions Lambda requires of every new
   * {@code NONE} URL since October 2025 (https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
   */
  public boolean isOnlyThroughPublicFunctionUrl() {
    boolean urlAuthNone = functionUrlAuthType().map(t -> t.strip().equalsIgnoreCase("NONE")).orElse(false);
    boolean viaUrl = resource.properties().get("InvokedViaFunctionUrl").flatMap(resource.template()::literal)
        .map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
    return urlAuthNone || viaUrl;
  }

  /** The {@code FunctionName} value: a name, an ARN, or a reference to a function of the template. */
  public Optional<Node> functionName() {
    return resource.properties().get("FunctionName");
  }

  /** The function of the template the permission is for; empty when it names a function defined elsewhere. */
  public Optional<Function> function() {
    return functionName().flatMap(resource.template()::referencedFunction);
  }
}
