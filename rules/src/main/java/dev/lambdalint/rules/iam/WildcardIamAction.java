package dev.lambdalint.rules.iam;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.PolicyStatement;
import dev.lambdalint.core.template.Template;
import dev.lambdalint.core.template.Value;
import java.util.Locale;
import java.util.Optional;

/**
 * An Allow statement whose actions are every action ({@code *}) or every action of a service
 * ({@code s3:*}), or that allows everything but a list ({@code NotAction}).
 */
@RuleInfo(
    id = "LL303",
    name = "wildcard-iam-action",
    severity = Severity.ERROR,
    category = Category.SECURITY,
    summary = "An IAM statement allows every action, or every action of a service",
    tags = {"security", "iam", "least-privilege"},
    precision = Precision.VERY_HIGH,
    securitySeverity = "7.5")
public final class WildcardIamAction implements Rule {

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (PolicyStatement statement : IamStatements.of(template)) {
      if (!statement.isAllow()) continue;
      String owner = statement.owner().logicalId();
      for (Value action : statement.actions()) {
        Optional<String> text = action.literal().map(s -> s.strip().toLowerCase(Locale.ROOT));
        if (text.isEmpty()) continue;
        if (isEveryAction(text.get())) {
          sink.report(statement.actionAt(action), Severity.ERROR, "IAM statement in " + owner
              + " allows every action ('" + action.literal().get() + "'); grant only the actions it needs");
        } else if (isEveryActionOfAService(text.get())) {
          String service = text.get().substring(0, text.get().indexOf(':'));
          sink.report(statement.actionAt(action), Severity.WARNING, "IAM statement in " + owner + " allows every " + service
              + " action ('" + action.literal().get() + "'); grant only the " + service + " actions it needs");
        }
      }
      statement.notActionKey().ifPresent(key -> sink.report(key, Severity.WARNING, "IAM statement in "
          + owner + " allows every action except those in NotAction; use Action with only the actions it needs"));
    }
  }

  private static boolean isEveryAction(String action) {
    return action.equals("*") || action.equals("*:*");
  }

  /** {@code s3:*}: a service prefix then only the wildcard. {@code s3:Get*} is a narrower grant. */
  private static boolean isEveryActionOfAService(String action) {
    int colon = action.indexOf(':');
    return colon > 0 && action.substring(colon + 1).equals("*") && !action.substring(0, colon).contains("*");
  }
}
