package dev.lambdalint.rules.config;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.FunctionEnvironment;
import dev.lambdalint.core.template.PerSetting;
import dev.lambdalint.core.template.Template;
import java.util.List;
import java.util.Set;

/**
 * A function's environment (its own or inherited from {@code Globals}) sets a variable Lambda
 * reserves ({@code lambda-environment-variables.tsv}): Lambda refuses the configuration and the
 * deployment fails. A variable set in some deployments only ({@code !If} with an
 * {@code AWS::NoValue} branch) or removed ({@code !Ref AWS::NoValue}) is not reported. A
 * variable of {@code Globals} is reported once, at the Globals line.
 */
@RuleInfo(
    id = "LL508",
    name = "reserved-environment-variable",
    severity = Severity.ERROR,
    category = Category.CONFIGURATION,
    summary = "A function's environment sets a variable that Lambda reserves, so the deployment fails",
    tags = {"configuration", "deployment"},
    precision = Precision.VERY_HIGH)
public final class ReservedEnvironmentVariable implements Rule {
  /** Credentials the execution role provides: the advice differs. */
  private static final Set<String> CREDENTIALS = Set.of("AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
      "AWS_SESSION_TOKEN");

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    PerSetting<Found> found = new PerSetting<>();
    for (Function function : template.functions()) {
      for (FunctionEnvironment.Variable v : function.resolvedEnvironment().variables()) {
        if (v.presence() == FunctionEnvironment.Presence.SET && LambdaEnvironmentVariables.isReserved(v.name())) {
          found.add(v.keyNode(), new Found(v.name(), function.logicalId()));
        }
      }
    }
    for (PerSetting.Group<Found> group : found.groups()) {
      String name = group.first().variable();
      List<String> functions = group.items().stream().map(Found::function).toList();
      String owner = group.fromGlobals()
          ? "Globals (used by " + String.join(", ", functions) + ")"
          : functions.get(0);
      String fix = CREDENTIALS.contains(name)
          ? "remove it: the function gets its credentials from its execution role (Role / Policies)"
          : "remove it: Lambda sets " + name + " itself, and the code can read it as it is";
      sink.report(group.node(), "Environment variable " + name + " of " + owner + " is reserved by Lambda: the deployment"
          + " fails (InvalidParameterValueException: … reserved keys that are currently not supported for modification); " + fix);
    }
  }

  private record Found(String variable, String function) {}
}
