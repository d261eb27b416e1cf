package dev.lambdalint.rules.iam;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
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
        sink.report(permission.principalKey().orElseThrow(), Severity.ERROR, "Permission " + id
            + " lets any principal ('*') invoke the function; name the principal (a service with SourceArn, or an account)");
      } else if (permission.isServicePrincipal() && !permission.isScopedToSource()) {
        sink.report(permission.resource().keyNode(), Severity.WARNING, "Permission " + id + " lets " + principal.get()
            + " invoke the function for any account's resources (confused deputy); add SourceArn (or SourceAccount)");
      }
    }
  }
}
