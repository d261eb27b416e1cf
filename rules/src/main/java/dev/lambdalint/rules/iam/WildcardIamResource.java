package dev.lambdalint.rules.iam;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.PolicyStatement;
import dev.lambdalint.core.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An Allow statement on every resource ({@code Resource: "*"}) for actions that could be scoped to
 * resources: a function meant to read one table may read them all.
 */
@RuleInfo(
    id = "LL304",
    name = "wildcard-iam-resource",
    severity = Severity.WARNING,
    category = Category.SECURITY,
    summary = "An IAM statement grants resource-scoped actions on every resource",
    tags = {"security", "iam", "least-privilege"},
    precision = Precision.HIGH,
    securitySeverity = "5.0")
public final class WildcardIamResource implements Rule {

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (PolicyStatement statement : IamStatements.of(template)) {
      if (!statement.isAllow()) continue;
      Optional<Node> star = statement.resources().stream()
          .filter(r -> r.literal().map(s -> s.strip().equals("*")).orElse(false)).findFirst();
      if (star.isEmpty()) continue;
      Node at = statement.resourcesAreScalar() ? statement.resourceKey().orElseThrow() : star.get();
      String owner = statement.owner().logicalId();
      if (statement.notActionKey().isPresent() && statement.actionKey().isEmpty()) {
        sink.report(at, "IAM statement in " + owner + " allows every action but those in NotAction on every resource ('*');"
            + " list the actions it needs and scope Resource to the ARNs it uses");
        continue;
      }
      List<String> scoped = new ArrayList<>();
      for (Node action : statement.actions()) {
        Optional<String> text = action.literal().map(String::strip);
        if (text.isEmpty() || StarOnlyActions.covers(text.get())) continue;
        scoped.add(text.get());
      }
      if (scoped.isEmpty()) continue;
      String shown = scoped.size() <= 3 ? String.join(", ", scoped)
          : String.join(", ", scoped.subList(0, 3)) + " and " + (scoped.size() - 3) + " more";
      sink.report(at, "IAM statement in " + owner + " allows " + shown + " on every resource ('*');"
          + " scope Resource to the ARNs it uses");
    }
  }
}
