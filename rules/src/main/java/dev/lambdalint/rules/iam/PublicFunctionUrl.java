package dev.lambdalint.rules.iam;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Dialect;
import dev.lambdalint.core.template.FunctionUrl;
import dev.lambdalint.core.template.PerSetting;
import dev.lambdalint.core.template.Template;

/** A function URL anyone on the internet can call: no IAM auth in front of the function. */
@RuleInfo(
    id = "LL307",
    name = "public-function-url",
    severity = Severity.WARNING,
    category = Category.SECURITY,
    summary = "A function URL has no authentication",
    tags = {"security", "function-url"},
    precision = Precision.VERY_HIGH,
    securitySeverity = "6.0")
public final class PublicFunctionUrl implements Rule {

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    // a Globals AuthType is every function's: one finding at it, named for the first function that has it
    PerSetting<String> open = new PerSetting<>();
    for (FunctionUrl url : template.functionUrls()) {
      if (url.isPublic()) open.add(url.authType().orElseThrow(), url.owner());
    }
    for (PerSetting.Group<String> group : open.groups()) {
      String who = group.fromGlobals() ? "The Globals function URL (every function with one)" : "The function URL of " + group.first();
      boolean cdk = template.dialect() == Dialect.CDK;
      sink.report(group.node(), who + (cdk ? " has FunctionUrlAuthType.NONE" : " has AuthType: NONE")
          + ", so anyone on the internet can invoke the function; use " + (cdk ? "FunctionUrlAuthType.AWS_IAM" : "AuthType: AWS_IAM")
          + ", or authenticate every request in the handler and say so in a suppression");
    }
  }
}
