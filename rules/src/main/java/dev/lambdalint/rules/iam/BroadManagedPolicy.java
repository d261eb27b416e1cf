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
import java.util.List;
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
    for (ManagedPolicyRef ref : template.managedPolicies()) {
      Optional<String> name = ref.awsManagedName();
      if (name.isEmpty()) continue;
      String n = name.get();
      String lower = n.toLowerCase(Locale.ROOT);
      String owner = owner(ref);
      boolean one = ref.functions().size() == 1;
      if (lower.equals("administratoraccess")) {
        sink.report(ref.item(), Severity.ERROR, owner + " is given AdministratorAccess: " + (one ? "the function" : "each of them")
            + " can do anything in the account; replace it with statements or SAM policy templates for what "
            + (one ? "the function uses" : "they use"));
      } else if (lower.equals("poweruseraccess") || lower.equals("iamfullaccess") || lower.contains("fullaccess")) {
        sink.report(ref.item(), Severity.WARNING, owner + " is given the AWS managed policy " + n
            + ", which grants every action of the service(s) on every resource; grant only the actions and resources "
            + (one ? "the function uses" : "they use") + " (a SAM policy template or a scoped statement)");
      }
    }
  }

  /** {@code OrderFunction}, or {@code ReportRole, the role of ReportFunction,}: a role is named with its functions. */
  private static String owner(ManagedPolicyRef ref) {
    String id = ref.owner().logicalId();
    List<String> users = ref.functions();
    if (users.equals(List.of(id))) return id;
    String names = users.size() == 1 ? users.get(0)
        : users.size() <= 3 ? String.join(", ", users.subList(0, users.size() - 1)) + " and " + users.get(users.size() - 1)
        : String.join(", ", users.subList(0, 2)) + " and " + (users.size() - 2) + " more functions";
    return id + ", the role of " + names + ",";
  }
}
