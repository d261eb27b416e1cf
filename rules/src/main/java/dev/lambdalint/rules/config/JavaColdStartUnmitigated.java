package dev.lambdalint.rules.config;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.EventKind;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java 11+ function that a caller waits on (API, HTTP API, function URL) with neither SnapStart
 * nor provisioned concurrency: every cold start is paid by a user.
 */
@RuleInfo(
    id = "LL502",
    name = "java-cold-start-unmitigated",
    severity = Severity.NOTE,
    category = Category.CONFIGURATION,
    summary = "A synchronously invoked Java function has neither SnapStart nor provisioned concurrency",
    tags = {"performance", "cold-start", "java"},
    precision = Precision.HIGH)
public final class JavaColdStartUnmitigated implements Rule {
  private static final Pattern JAVA_RUNTIME = Pattern.compile("java(\\d+)");
  private static final Set<EventKind> WAITED_ON = Set.of(EventKind.API, EventKind.HTTP_API, EventKind.FUNCTION_URL);

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (Function f : template.functions()) {
      // Managed Instances start their environments ahead of requests; a CDK library's function is the library's.
      if (f.isOnManagedInstances() || f.isGeneratedByCdkLibrary()) continue;
      Optional<String> runtime = f.runtime().map(r -> r.value().strip());
      if (runtime.isEmpty()) continue;
      Matcher m = JAVA_RUNTIME.matcher(runtime.get());
      if (!m.matches() || Integer.parseInt(m.group(1)) < 11) continue;
      if (f.declaresSnapStart() || f.hasProvisionedConcurrency()) continue; // one we cannot read counts: not ours to flag
      Optional<String> source = waitedOnBy(f);
      if (source.isEmpty()) continue;
      sink.report(f.keyNode(), f.logicalId() + " (" + runtime.get() + ") is invoked synchronously (" + source.get()
          + ") with neither SnapStart nor provisioned concurrency: each cold start (often seconds for Java) is paid by"
          + " a waiting caller; enable SnapStart (" + f.dialect().pick("SnapStart: ApplyOn: PublishedVersions, with a published version or alias",
              "SnapStart: ApplyOn: PublishedVersions, with a published version or alias",
              ".snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS), invoked through fn.getCurrentVersion() or an alias")
          + ") or provisioned concurrency");
    }
  }

  private static Optional<String> waitedOnBy(Function f) {
    return f.triggers(EventKind.Invocation.SYNC).stream().filter(s -> WAITED_ON.contains(s.kind()))
        .findFirst().map(EventSource::describeWithService);
  }
}
