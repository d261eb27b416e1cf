package dev.lambdalint.rules.iam;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Template;
import java.util.Locale;
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
    for (Resource permission : template.resourcesOfType("AWS::Lambda::Permission")) {
      MapNode p = permission.properties();
      Optional<String> principal = template.literal(p.get("Principal").orElse(null)).map(String::strip);
      if (principal.isEmpty()) continue;
      String id = permission.logicalId();
      if (principal.get().equals("*")) {
        sink.report(p.keyNode("Principal").orElseThrow(), Severity.ERROR, "Permission " + id
            + " lets any principal ('*') invoke the function; name the principal (a service with SourceArn, or an account)");
      } else if (isServicePrincipal(principal.get()) && !p.has("SourceArn") && !p.has("SourceAccount")) {
        sink.report(permission.keyNode(), Severity.WARNING, "Permission " + id + " lets " + principal.get()
            + " invoke the function for any account's resources (confused deputy); add SourceArn (or SourceAccount)");
      }
    }
  }

  private static boolean isServicePrincipal(String principal) {
    String lower = principal.toLowerCase(Locale.ROOT);
    return lower.endsWith(".amazonaws.com") || lower.endsWith(".amazonaws.com.cn");
  }
}
