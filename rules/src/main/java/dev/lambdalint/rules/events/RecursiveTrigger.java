package dev.lambdalint.rules.events;

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
import dev.lambdalint.core.template.Permissions;
import dev.lambdalint.core.template.Template;
import dev.lambdalint.core.template.WriteTarget;
import java.util.Optional;

/**
 * A function triggered by a bucket, queue or topic of the template that its own role lets it
 * write to: every write can trigger it again. With an S3 prefix/suffix filter, whether the
 * writes land under it cannot be known from the template: a note.
 */
@RuleInfo(
    id = "LL207",
    name = "recursive-trigger",
    severity = Severity.WARNING,
    category = Category.EVENT_SOURCES,
    summary = "A function may write to the bucket, queue or topic that triggers it",
    tags = {"reliability", "cost", "event-sources"},
    precision = Precision.MEDIUM)
public final class RecursiveTrigger implements Rule {

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (Function f : template.functions()) {
      for (EventSource s : f.events()) {
        if (s.kind() != EventKind.S3 && s.kind() != EventKind.SQS && s.kind() != EventKind.SNS) continue;
        Optional<WriteTarget> target = s.sourceResource().flatMap(WriteTarget::of);
        if (target.isEmpty()) continue;
        if (s.isPermission() && declaredOtherwise(f, s)) continue;
        Optional<Permissions.Grant> grant = f.permissions().grant(target.get().writeAction(), target.get().resource());
        if (grant.isEmpty()) continue;
        boolean filtered = s.kind() == EventKind.S3 && (s.hasFilter() || s.isPermission());
        String noun = target.get().noun();
        String start = f.logicalId() + " is triggered by " + noun + " " + target.get().logicalId()
            + " (" + s.describe() + ") and may write to it (" + grant.get().describe() + ")";
        if (filtered) {
          sink.report(s.anchor(), Severity.NOTE, start + ": if its writes match the trigger's filter, every write"
              + " invokes it again; make sure they land outside the filter, or write to another " + noun);
        } else {
          sink.report(s.anchor(), start + ": every write can invoke it again, an invocation loop that runs up cost"
              + " until stopped; write to another " + noun + " or guard against reprocessing");
        }
      }
    }
  }

  /** A permission is only half a trigger: report the notification, subscription or event that completes it instead. */
  private static boolean declaredOtherwise(Function f, EventSource permission) {
    return f.events().stream().anyMatch(o -> o != permission && !o.isPermission()
        && o.sourceResource().map(r -> r.logicalId().equals(permission.sourceResource().get().logicalId())).orElse(false));
  }
}
