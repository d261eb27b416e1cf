package dev.lambdalint.rules.config;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Dialect;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.LogGroup;
import dev.lambdalint.core.template.Template;
import java.util.Optional;

/**
 * A function whose log group the template does not create with a retention: Lambda then creates
 * {@code /aws/lambda/<name>} on first use, and keeps its logs forever (billed).
 */
@RuleInfo(
    id = "LL506",
    name = "log-retention-unset",
    severity = Severity.NOTE,
    category = Category.CONFIGURATION,
    summary = "A function has no log group with a retention period in the template",
    tags = {"cost", "observability", "configuration"},
    precision = Precision.HIGH)
public final class LogRetentionUnset implements Rule {

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (Function f : template.functions()) {
      if (f.isGeneratedByCdkLibrary()) continue; // the CDK library's function, configured by the library
      LogGroup.Destination logs = f.logDestination();
      if (!logs.isKnown()) continue; // a group defined elsewhere, or not knowable: its retention is not ours to know
      Optional<LogGroup> group = logs.group();
      if (group.isPresent() && group.get().hasRetention()) continue;
      if (group.isPresent()) {
        String retention = f.dialect() == Dialect.CDK ? "a retention" : "RetentionInDays";
        sink.report(f.keyNode(), f.logicalId() + ": its log group " + group.get().logicalId() + " has no " + retention + ","
            + " so its logs are kept forever and billed; set " + f.dialect().pick("RetentionInDays on ", "RetentionInDays on ",
                ".retention(RetentionDays.…) on ") + group.get().logicalId());
      } else if (f.dialect() == Dialect.CDK) {
        sink.report(f.keyNode(), f.logicalId() + ": the app gives it no log group (" + LogGroup.LAMBDA_PREFIX
            + "<function name>) with a retention, so Lambda creates one that keeps logs forever, billed; give the function"
            + " a .logGroup(…) built with .retention(RetentionDays.…), or set .logRetention(RetentionDays.…)");
      } else {
        sink.report(f.keyNode(), f.logicalId() + ": the template defines no log group for it (" + LogGroup.LAMBDA_PREFIX
            + "<function name>) with RetentionInDays, so Lambda creates one that keeps logs forever, billed; add an "
            + LogGroup.TYPE + " named !Sub " + LogGroup.LAMBDA_PREFIX + "${" + f.logicalId() + "} with RetentionInDays");
      }
    }
  }
}
