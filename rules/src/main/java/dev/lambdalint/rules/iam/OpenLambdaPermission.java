package dev.lambdalint.rules.iam;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.FunctionUrl;
import dev.lambdalint.core.template.LambdaPermission;
import dev.lambdalint.core.template.Template;
import java.util.Optional;

/**
 * An {@code AWS::Lambda::Permission} that lets anyone invoke the function, or lets an AWS service
 * invoke it on behalf of any account's resources (the confused deputy).
 */
@RuleInfo(
    id = "LL306",
    name = "open-lambda-permission",
    severity = Severity.WARNING,
    category = Category.SECURITY,
    summary = "A Lambda permission lets anyone, or a service acting for any account, invoke the function",
    tags = {"security", "iam", "resource-policy"},
    precision = Precision.HIGH,
    securitySeverity = "7.0")
public final class OpenLambdaPermission implements Rule {

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (LambdaPermission permission : template.lambdaPermissions()) {
      Optional<String> principal = permission.principal();
      if (principal.isEmpty()) continue;
      String id = permission.resource().logicalId();
      if (permission.isPublic()) {
        if (servesPublicUrlOfTemplate(permission, template)) continue; // the URL it serves is LL307's finding
        sink.report(permission.principalKey().orElseThrow(), Severity.ERROR, "Permission " + id
            + " lets any principal ('*') invoke the function; name the principal (a service with SourceArn, or an account)");
      } else if (permission.isServicePrincipal() && !permission.isScopedToSource()) {
        sink.report(permission.resource().keyNode(), Severity.WARNING, "Permission " + id + " lets " + principal.get()
            + " invoke the function for any account's resources (confused deputy); add SourceArn (or SourceAccount)");
      }
    }
  }

  /**
   * A permission that only lets anyone call a function through its {@code NONE} function URL, a
   * URL this template declares: required by Lambda for such a URL, whose being public LL307 reports.
   */
  private static boolean servesPublicUrlOfTemplate(LambdaPermission permission, Template template) {
    if (!permission.isOnlyThroughPublicFunctionUrl()) return false;
    Optional<Function> function = permission.function();
    if (function.isEmpty()) return false;
    for (FunctionUrl url : template.functionUrls()) {
      if (url.isPublic() && url.function().map(f -> f.logicalId().equals(function.get().logicalId())).orElse(false)) return true;
    }
    return false;
  }
}
