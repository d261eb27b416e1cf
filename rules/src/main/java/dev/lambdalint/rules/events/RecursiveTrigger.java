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
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.PolicyStatement;
import dev.lambdalint.core.template.PolicyTemplate;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Template;
import java.util.Locale;
import java.util.Map;
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

  /** What writing means for each kind of trigger. */
  private record Target(String noun, String action, Map<String, String> policyTemplates, String nameProperty) {}

  private static final Map<String, Target> TARGETS = Map.of(
      "AWS::S3::Bucket", new Target("bucket", "s3:putobject",
          Map.of("S3CrudPolicy", "BucketName", "S3WritePolicy", "BucketName", "S3FullAccessPolicy", "BucketName"), "BucketName"),
      "AWS::SQS::Queue", new Target("queue", "sqs:sendmessage",
          Map.of("SQSSendMessagePolicy", "QueueName"), "QueueName"),
      "AWS::SNS::Topic", new Target("topic", "sns:publish",
          Map.of("SNSPublishMessagePolicy", "TopicName", "SNSCrudPolicy", "TopicName"), "TopicName"));

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (Function f : template.functions()) {
      for (EventSource s : f.events()) {
        if (s.kind() != EventKind.S3 && s.kind() != EventKind.SQS && s.kind() != EventKind.SNS) continue;
        Optional<Resource> source = s.sourceResource();
        if (source.isEmpty() || !TARGETS.containsKey(source.get().type())) continue;
        if (s.declaredAs() == EventSource.DeclaredAs.PERMISSION && declaredOtherwise(f, s)) continue;
        Target target = TARGETS.get(source.get().type());
        Optional<String> grant = writeGrant(template, f, source.get(), target);
        if (grant.isEmpty()) continue;
        boolean filtered = s.kind() == EventKind.S3 && (s.properties().has("Filter")
            || s.declaredAs() == EventSource.DeclaredAs.PERMISSION);
        String start = f.logicalId() + " is triggered by " + target.noun() + " " + source.get().logicalId()
            + " (" + EventSourceNames.describe(s) + ") and may write to it (" + grant.get() + ")";
        if (filtered) {
          sink.report(s.anchor(), Severity.NOTE, start + ": if its writes match the trigger's filter, every write"
              + " invokes it again; make sure they land outside the filter, or write to another " + target.noun());
        } else {
          sink.report(s.anchor(), start + ": every write can invoke it again, an invocation loop that runs up cost"
              + " until stopped; write to another " + target.noun() + " or guard against reprocessing");
        }
      }
    }
  }

  /** A permission is only half a trigger: report the notification, subscription or event that completes it instead. */
  private static boolean declaredOtherwise(Function f, EventSource permission) {
    return f.events().stream().anyMatch(o -> o != permission && o.declaredAs() != EventSource.DeclaredAs.PERMISSION
        && o.sourceResource().map(r -> r.logicalId().equals(permission.sourceResource().get().logicalId())).orElse(false));
  }

  /** The SAM policy template or inline action that lets {@code f} write to {@code resource}, if any. */
  private static Optional<String> writeGrant(Template template, Function f, Resource resource, Target target) {
    Optional<String> literalName = resource.properties().get(target.nameProperty()).flatMap(template::literal);
    for (PolicyTemplate policy : f.policyTemplates()) {
      String name = policy.name();
      String parameter = target.policyTemplates().get(name);
      if (parameter == null) continue;
      Optional<Node> value = policy.parameter(parameter);
      if (value.isPresent() && (template.mentions(value.get(), resource)
          || (literalName.isPresent() && template.literal(value.get()).equals(literalName)))) {
        return Optional.of(name + " on " + resource.logicalId());
      }
    }
    for (PolicyStatement st : f.policyStatements()) {
      if (!st.isAllow()) continue;
      Optional<String> action = st.actions().stream().flatMap(a -> template.literal(a).stream())
          .filter(a -> matches(a, target.action())).findFirst();
      if (action.isEmpty()) continue;
      boolean onResource = st.resources().stream().anyMatch(r -> template.mentions(r, resource)
          || (literalName.isPresent() && template.literal(r).map(l -> l.contains(":" + literalName.get())).orElse(false)));
      if (onResource) return Optional.of(action.get() + " on " + resource.logicalId());
    }
    return Optional.empty();
  }

  /** IAM action matching: case-insensitive, {@code *} and {@code ?} wildcards. */
  static boolean matches(String pattern, String action) {
    String p = pattern.strip().toLowerCase(Locale.ROOT);
    String regex = ("\\Q" + p + "\\E").replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
    return action.matches(regex);
  }
}
