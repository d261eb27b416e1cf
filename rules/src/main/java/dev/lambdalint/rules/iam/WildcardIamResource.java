package dev.lambdalint.rules.iam;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.PolicyStatement;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Template;
import dev.lambdalint.core.template.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An Allow statement on every resource ({@code Resource: "*"}) for actions that could be scoped to
 * resources: a function meant to read one table may read them all. Which actions take a resource
 * comes from AWS's IAM policy data ({@link ActionScopes}); wildcard actions are judged by every
 * action they match; a {@code Deny} of the same holder that carves the wildcard down
 * ({@link DenyCarveOuts}) keeps it silent. An action whose prefix is no IAM service grants nothing
 * and gets a note saying so instead. One finding per statement.
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
  private static final String SMS_HINT = " (to send SMS to phone numbers, which needs '*', add a Deny of sns:Publish on"
      + " arn:aws:sns:*:*:* so no topic is granted)";

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    List<PolicyStatement> statements = IamStatements.of(template);
    Map<Resource, DenyCarveOuts> carveOuts = new IdentityHashMap<>();
    for (PolicyStatement statement : statements) {
      if (!statement.isAllow()) continue;
      Optional<Value> star = statement.resources().stream()
          .filter(r -> r.literal().map(s -> s.strip().equals("*")).orElse(false)).findFirst();
      if (star.isEmpty()) continue;
      String owner = statement.owner().logicalId();
      if (statement.notActionKey().isPresent() && statement.actionKey().isEmpty()) {
        sink.report(statement.resourceAt(star.get()), "IAM statement in " + owner + " allows every action but those in NotAction on every resource ('*');"
            + " list the actions it needs and scope Resource to the ARNs it uses");
        continue;
      }
      DenyCarveOuts denies = carveOuts.computeIfAbsent(statement.owner(), o -> DenyCarveOuts.of(template, o, statements));
      List<String> scoped = new ArrayList<>();
      List<String> grantNothing = new ArrayList<>();
      boolean smsHint = false;
      for (Value action : statement.actions()) {
        Optional<String> text = action.literal().map(String::strip);
        if (text.isEmpty()) continue;
        ActionScopes.Verdict verdict = ActionScopes.judge(text.get());
        if (verdict instanceof ActionScopes.Scoped s) {
          List<String> open = s.actions().stream().filter(a -> !denies.carves(a)).toList();
          if (open.isEmpty()) continue;
          scoped.add(text.get() + example(text.get(), open));
          if (open.contains("sns:publish")) smsHint = true;
        } else if (verdict instanceof ActionScopes.NoService n) {
          grantNothing.add(text.get() + n.suggestion().map(x -> " (did you mean " + x + "?)").orElse(""));
        }
      }
      String nothing = grantNothing.isEmpty() ? "" : "; " + String.join(", ", grantNothing)
          + (grantNothing.size() == 1 ? " grants" : " grant") + " nothing: " + prefixes(grantNothing) + " no IAM service prefix";
      if (!scoped.isEmpty()) {
        String shown = scoped.size() <= 3 ? String.join(", ", scoped)
            : String.join(", ", scoped.subList(0, 3)) + " and " + (scoped.size() - 3) + " more";
        sink.report(statement.resourceAt(star.get()), "IAM statement in " + owner + " allows " + shown + " on every resource ('*');"
            + " scope Resource to the ARNs it uses" + (smsHint ? SMS_HINT : "") + nothing);
      } else if (!grantNothing.isEmpty()) {
        sink.report(statement.resourceAt(star.get()), Severity.NOTE, "IAM statement in " + owner + " allows " + String.join(", ", grantNothing)
            + ", which " + (grantNothing.size() == 1 ? "grants" : "grant") + " nothing: " + prefixes(grantNothing)
            + " no IAM service prefix; use the service's IAM prefix (the Service Authorization Reference lists them)");
      }
    }
  }

  /**
   * For a pattern narrower than a whole service ({@code bedrock:List*}, not {@code s3:*}): how many
   * of the actions it matches take a resource, and the shortest of them — usually the one meant.
   */
  private static String example(String written, List<String> open) {
    if (!IamActions.isPattern(written) || written.endsWith(":*") || written.equals("*")) return "";
    String shortest = open.stream().min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElseThrow();
    return " (" + open.size() + (open.size() == 1 ? " action that takes" : " actions that take") + " a resource, e.g. " + shortest + ")";
  }

  /** "bedrock-runtime is" / "bedrock-runtime and sagemaker-runtime are", from the items as written. */
  private static String prefixes(List<String> items) {
    List<String> prefixes = items.stream().map(i -> i.substring(0, i.indexOf(':')))
        .map(p -> p.toLowerCase(Locale.ROOT)).distinct().toList();
    return String.join(" and ", prefixes) + (prefixes.size() == 1 ? " is" : " are");
  }
}
