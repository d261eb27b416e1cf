package dev.lambdalint.rules.config;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Setting;
import java.util.Optional;

/** No active X-Ray tracing: SAM {@code Tracing: Active} (also from Globals) or CloudFormation {@code TracingConfig.Mode: Active}. */
@RuleInfo(
    id = "LL505",
    name = "tracing-disabled",
    severity = Severity.NOTE,
    category = Category.CONFIGURATION,
    summary = "A function does not have active X-Ray tracing",
    tags = {"observability", "configuration"},
    precision = Precision.HIGH)
public final class TracingDisabled implements Rule {

  @Override
  public void checkFunction(Function f, LintContext context, FindingSink sink) {
    if (f.isGeneratedByCdkLibrary()) return; // the CDK library's function, configured by the library
    Optional<Setting<String>> tracing = f.tracing();
    if (tracing.map(t -> t.value().strip().equalsIgnoreCase("Active")).orElse(false)) return;
    if (tracing.isEmpty() && f.isTracingUnknowable()) return; // not ours to guess
    String how = f.dialect().pick("Tracing: Active (on the function or in Globals)", "TracingConfig: {Mode: Active}",
        ".tracing(Tracing.ACTIVE)");
    sink.report(f.keyNode(), f.logicalId() + " does not have active X-Ray tracing"
        + tracing.map(t -> " (set to " + t.value() + ")").orElse("") + ": a slow or failing request cannot be"
        + " followed through the services it calls; set " + how);
  }
}
