package dev.lambdalint.rules.config;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Function;

/** {@code Timeout} set neither on the function nor in {@code Globals}: Lambda's 3 s default applies. */
@RuleInfo(
    id = "LL504",
    name = "timeout-unset",
    severity = Severity.NOTE,
    category = Category.CONFIGURATION,
    summary = "A function leaves Timeout at the 3 second default",
    tags = {"configuration", "reliability"},
    precision = Precision.HIGH)
public final class TimeoutUnset implements Rule {

  @Override
  public void checkFunction(Function f, LintContext context, FindingSink sink) {
    if (f.isGeneratedByCdkLibrary()) return; // the CDK library's function, configured by the library
    if (f.timeout().map(t -> t.isDefault()).orElse(false)) {
      sink.report(f.keyNode(), f.logicalId() + f.dialect().pick(" sets no Timeout (here or in Globals)", " sets no Timeout",
              " sets no timeout") + ", so it gets the 3 s default,"
          + " rarely what a function needs" + (f.isJava() ? " and too short for a Java cold start" : "")
          + f.dialect().pick("; set Timeout", "; set Timeout", "; set .timeout(Duration.seconds(…))") + " to what it needs");
    }
  }
}
