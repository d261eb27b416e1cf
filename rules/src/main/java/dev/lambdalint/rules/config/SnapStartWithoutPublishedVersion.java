package dev.lambdalint.rules.config;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Dialect;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.PerSetting;
import dev.lambdalint.core.template.PublishedVersions;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Setting;
import dev.lambdalint.core.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SnapStart is on, but nothing in the template invokes a published version: SnapStart applies
 * only to published versions and aliases, so every invocation of {@code $LATEST} pays the full
 * cold start.
 */
@RuleInfo(
    id = "LL507",
    name = "snapstart-without-published-version",
    severity = Severity.WARNING,
    category = Category.CONFIGURATION,
    summary = "SnapStart is on but the function's triggers invoke the unpublished $LATEST",
    tags = {"performance", "cold-start", "snapstart"},
    precision = Precision.HIGH)
public final class SnapStartWithoutPublishedVersion implements Rule {
  private static final int TRIGGERS_NAMED = 3;

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    PerSetting<String> findings = new PerSetting<>();
    for (Function f : template.functions()) {
      Optional<Setting<Boolean>> snapStart = f.snapStartSetting();
      if (snapStart.isEmpty() || !snapStart.get().value()) continue;
      reason(f).ifPresent(reason -> findings.add(snapStart.get(), reason));
    }
    for (PerSetting.Group<String> group : findings.groups()) {
      sink.report(group.node(), "SnapStart is on" + (group.fromGlobals() ? " (Globals)" : "") + ", but "
          + String.join("; ", group.items()) + ": SnapStart applies only to published versions, so every cold start"
          + " of $LATEST is paid in full; " + (group.items().stream().anyMatch(r -> r.contains("AutoPublishAlias"))
              ? "set AutoPublishAlias (SAM then points the events at the alias)"
              : template.dialect() == Dialect.CDK
                  ? "point the triggers at fn.getCurrentVersion() or an alias (fn.addAlias(…)) instead of the function"
                  : "publish an AWS::Lambda::Version with an AWS::Lambda::Alias and point the triggers at the alias"));
    }
  }

  /** Why no published version of {@code f} is invoked; empty when one is, or when it cannot be told. */
  private static Optional<String> reason(Function f) {
    PublishedVersions published = f.publishedVersions();
    if (published.publishesSamAlias() || published.anyQualifiedCaller()) return Optional.empty();
    List<EventSource> latest = published.latestTriggers();
    if (!published.publishesAny()) {
      if (f.isSam()) {
        return Optional.of(f.logicalId() + " has no AutoPublishAlias, so SAM publishes no version of it"
            + (latest.isEmpty() ? "" : " and " + triggers(latest) + " invoke $LATEST"));
      }
      return Optional.of("the template publishes no AWS::Lambda::Version of " + f.logicalId()
          + (latest.isEmpty() ? "" : " and " + triggers(latest) + " invoke $LATEST"));
    }
    if (latest.isEmpty()) return Optional.empty(); // versions, and no trigger here: callers may well use them
    List<String> versions = Stream.concat(published.aliases().stream(), published.versions().stream())
        .map(Resource::logicalId).toList();
    return Optional.of("every trigger of " + f.logicalId() + " (" + names(latest) + ") names the function itself and"
        + " invokes $LATEST, not " + String.join(" or ", versions));
  }

  private static String triggers(List<EventSource> sources) {
    return "its triggers (" + names(sources) + ")";
  }

  private static String names(List<EventSource> sources) {
    List<String> names = new ArrayList<>();
    for (EventSource s : sources) {
      String name = s.describe();
      if (!names.contains(name)) names.add(name);
    }
    if (names.size() <= TRIGGERS_NAMED) return String.join(", ", names);
    return String.join(", ", names.subList(0, TRIGGERS_NAMED)) + " and " + (names.size() - TRIGGERS_NAMED) + " more";
  }
}
