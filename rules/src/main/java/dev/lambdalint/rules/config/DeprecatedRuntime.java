package dev.lambdalint.rules.config;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.PerSetting;
import dev.lambdalint.core.template.Setting;
import dev.lambdalint.core.template.Template;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A function on a runtime AWS has deprecated (no more security patches): a warning; an error once
 * AWS blocks updates of functions on it; a note when the deprecation is less than
 * {@value #NOTICE_DAYS} days away. Dates come from {@code lambda-runtimes.csv} and are compared
 * with the date of the run ({@link LintContext#today()}), never the clock. A runtime set in
 * {@code Globals} is reported once, at the Globals line.
 */
@RuleInfo(
    id = "LL501",
    name = "deprecated-runtime",
    severity = Severity.WARNING,
    category = Category.CONFIGURATION,
    summary = "A function uses a runtime past, or less than 180 days from, its AWS deprecation date",
    tags = {"configuration", "runtime", "security"},
    precision = Precision.VERY_HIGH)
public final class DeprecatedRuntime implements Rule {
  /** How far ahead a coming deprecation is worth a note. */
  static final long NOTICE_DAYS = 180;

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    LocalDate today = context.today();
    PerSetting<Function> byRuntime = new PerSetting<>();
    for (Function f : template.functions()) {
      Optional<Setting<String>> runtime = f.runtime();
      if (runtime.isEmpty() || runtime.get().node() == null) continue;
      Optional<LambdaRuntimes.Entry> entry = LambdaRuntimes.lookup(runtime.get().value());
      if (entry.isEmpty() || ChronoUnit.DAYS.between(today, entry.get().deprecated()) >= NOTICE_DAYS) continue;
      byRuntime.add(runtime.get(), f);
    }
    for (PerSetting.Group<Function> group : byRuntime.groups()) {
      // one setting, one value: the entry of its first function is every function's
      report(group, LambdaRuntimes.lookup(group.first().runtime().orElseThrow().value()).orElseThrow(), today, sink);
    }
  }

  private static void report(PerSetting.Group<Function> group, LambdaRuntimes.Entry e, LocalDate today, FindingSink sink) {
    List<Function> functions = group.items();
    String who = group.fromGlobals()
        ? "Runtime " + e.runtime() + " (from Globals, used by "
            + String.join(", ", functions.stream().map(Function::logicalId).toList()) + ")"
        : "Runtime " + e.runtime() + " of " + functions.get(0).logicalId();
    boolean generated = functions.stream().allMatch(Function::isGeneratedByCdkLibrary);
    String fix = generated
        ? "; a CDK library generates this function and chooses its runtime: upgrade the CDK library (aws-cdk-lib) to a"
            + " version that uses a supported runtime, rather than editing the generated template"
        : "; move to " + e.successor() + " or another supported runtime";
    Severity severity;
    String state;
    if (e.blockUpdate().map(d -> !today.isBefore(d)).orElse(false)) {
      severity = Severity.ERROR;
      state = " is deprecated since " + e.deprecated() + " and AWS blocks updating functions on it since "
          + e.blockUpdate().get() + ": no fix can be deployed to the function until its runtime changes";
    } else if (!today.isBefore(e.deprecated())) {
      severity = Severity.WARNING;
      state = " is deprecated since " + e.deprecated() + ": it no longer gets security patches or support" + blockDates(e);
    } else {
      severity = Severity.NOTE;
      state = " will be deprecated on " + e.deprecated() + " (in " + ChronoUnit.DAYS.between(today, e.deprecated())
          + " days): it then stops getting security patches" + blockDates(e);
    }
    sink.report(group.node(), severity, who + state + fix);
  }

  private static String blockDates(LambdaRuntimes.Entry e) {
    if (e.blockCreate().isPresent() && e.blockUpdate().isPresent()) {
      return ", and AWS blocks creating functions on it from " + e.blockCreate().get() + " and updating them from "
          + e.blockUpdate().get();
    }
    return e.blockUpdate().map(d -> ", and AWS blocks updating functions on it from " + d).orElse("");
  }
}
