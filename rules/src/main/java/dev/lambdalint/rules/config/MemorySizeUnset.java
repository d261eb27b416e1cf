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
import dev.lambdalint.core.template.PerSetting;
import dev.lambdalint.core.template.Setting;
import dev.lambdalint.core.template.Template;
import java.util.List;
import java.util.Optional;

/**
 * {@code MemorySize} left at Lambda's 128 MB default, where CPU is scaled down with memory; for a
 * Java function, unset or at most 256 MB is a warning (Java's init suffers most). A Java
 * {@code MemorySize} set in {@code Globals} is reported once, at the Globals line.
 */
@RuleInfo(
    id = "LL503",
    name = "memory-size-unset",
    severity = Severity.NOTE,
    category = Category.CONFIGURATION,
    summary = "A function leaves MemorySize at the 128 MB default, or a Java function has 256 MB or less",
    tags = {"performance", "cold-start", "configuration"},
    precision = Precision.HIGH)
public final class MemorySizeUnset implements Rule {
  static final long JAVA_MINIMUM_MB = 256;

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    PerSetting<Function> lowJava = new PerSetting<>();
    for (Function f : template.functions()) {
      // The CDK library's own functions are configured by the library; on Lambda Managed Instances the
      // capacity provider sets memory per vCPU.
      if (f.isGeneratedByCdkLibrary() || f.isOnManagedInstances()) continue;
      Optional<Setting<Long>> memory = f.memorySize();
      if (memory.isEmpty()) continue;
      boolean java = f.isJava();
      if (memory.get().isDefault()) {
        Dialect d = f.dialect();
        String set = d.pick("set MemorySize", "set MemorySize", "set .memorySize(…)");
        sink.report(f.keyNode(), java ? Severity.WARNING : Severity.NOTE, f.logicalId()
            + d.pick(" sets no MemorySize (here or in Globals)", " sets no MemorySize", " sets no memorySize")
            + ", so it gets 128 MB and the CPU share that goes with it"
            + (java ? ", which makes a Java cold start very slow; " + set + ", 1024 MB or more is usual for Java"
                : "; " + set + " to what the function needs (measure, e.g. with AWS Lambda Power Tuning)"));
      } else if (java && memory.get().value() <= JAVA_MINIMUM_MB) {
        lowJava.add(memory.get(), f);
      }
    }
    for (PerSetting.Group<Function> group : lowJava.groups()) {
      List<Function> functions = group.items();
      long mb = functions.get(0).memorySize().orElseThrow().value();
      String who = group.fromGlobals()
          ? "Globals MemorySize " + mb + " MB, inherited by Java functions " + String.join(", ", functions.stream().map(Function::logicalId).toList()) + ","
          : "Java function " + functions.get(0).logicalId() + " has MemorySize " + mb + " MB:";
      sink.report(group.node(), Severity.WARNING, who + " leaves little CPU for the JVM's start-up, so cold starts are slow;"
          + " give Java functions more than " + JAVA_MINIMUM_MB + " MB (1024 MB or more is usual)");
    }
  }
}
