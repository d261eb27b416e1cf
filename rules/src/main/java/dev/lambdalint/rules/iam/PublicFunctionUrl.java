package dev.lambdalint.rules.iam;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.PerSetting;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Template;
import java.util.Locale;

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
    for (Function f : template.functions()) {
      f.urlConfig().ifPresent(config -> check(template, config, f.logicalId(), open));
    }
    for (Resource url : template.resourcesOfType("AWS::Lambda::Url")) {
      check(template, url.properties(), url.logicalId(), open);
    }
    for (PerSetting.Group<String> group : open.groups()) {
      String who = group.fromGlobals() ? "The Globals function URL (every function with one)" : "The function URL of " + group.first();
      sink.report(group.node(), who + " has AuthType: NONE, so anyone on the internet can invoke the function;"
          + " use AuthType: AWS_IAM, or authenticate every request in the handler and say so in a suppression");
    }
  }

  private static void check(Template template, MapNode config, String owner, PerSetting<String> open) {
    config.entry("AuthType").ifPresent(e -> {
      boolean none = template.literal(e.value()).map(v -> v.strip().toUpperCase(Locale.ROOT).equals("NONE")).orElse(false);
      if (none) open.add(e.key(), owner);
    });
  }
}
