package dev.lambdalint.rules.iam;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.ManagedPolicyRef;
import dev.lambdalint.core.template.Template;
import java.util.Locale;
import java.util.Optional;

/** A function's role carries an AWS managed policy that grants far more than a function needs. */
@RuleInfo(
    id = "LL305",
    name = "broad-managed-policy",
    severity = Severity.WARNING,
    category = Category.SECURITY,
    summary = "A function's role carries an over-broad AWS managed policy",
    tags = {"security", "iam", "least-privilege"},
    precision = Precision.VERY_HIGH,
    securitySeverity = "7.5")
public final class BroadManagedPolicy implements Rule {

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (ManagedPolicyRef ref : ManagedPolicyRef.of(template)) {
      Optional<String> name = ref.awsManagedName();
      if (name.isEmpty()) continue;
      String n = name.get();
      String lower = n.toLowerCase(Locale.ROOT);
      String owner = ref.owner().logicalId();
      if (lower.equals("administratoraccess")) {
        sink.report(ref.item(), Severity.ERROR, owner + " is given AdministratorAccess: the function can do anything in"
            + " the account; replace it with statements or SAM policy templates for what the function uses");
      } else if (lower.equals("poweruseraccess") || lower.equals("iamfullaccess") || lower.contains("fullaccess")) {
        sink.report(ref.item(), Severity.WARNING, owner + " is given the AWS managed policy " + n
            + ", which grants every action of the service(s) on every resource; grant only the actions and resources"
            + " the function uses (a SAM policy template or a scoped statement)");
      }
    }
  }
}
