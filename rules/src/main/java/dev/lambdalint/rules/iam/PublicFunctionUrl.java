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
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Template;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

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
    Set<String> reported = new HashSet<>();
    for (Function f : template.functions()) {
      f.urlConfig().ifPresent(config -> check(template, config, f.logicalId(), sink, reported));
    }
    for (Resource url : template.resourcesOfType("AWS::Lambda::Url")) {
      check(template, url.properties(), url.logicalId(), sink, reported);
    }
  }

  private static void check(Template template, MapNode config, String owner, FindingSink sink, Set<String> reported) {
    config.entry("AuthType").ifPresent(e -> {
      boolean none = template.literal(e.value()).map(v -> v.strip().toUpperCase(Locale.ROOT).equals("NONE")).orElse(false);
      if (!none || !reported.add(e.key().path() + "@" + e.key().range())) return;
      String who = e.key().path().startsWith("Globals/") ? "The Globals function URL (every function with one)" : "The function URL of " + owner;
      sink.report(e.key(), who + " has AuthType: NONE, so anyone on the internet can invoke the function;"
          + " use AuthType: AWS_IAM, or authenticate every request in the handler and say so in a suppression");
    });
  }
}
