package dev.lambdalint.rules.config;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Sub;
import dev.lambdalint.core.template.Template;
import java.util.List;
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
  private static final String PREFIX = "/aws/lambda/";

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    List<Resource> groups = template.resourcesOfType("AWS::Logs::LogGroup");
    for (Function f : template.functions()) {
      if (f.isGeneratedByCdkLibrary()) continue; // the CDK library's function, configured by the library
      Optional<Resource> group;
      Optional<Node> configured = f.properties().getMap("LoggingConfig").flatMap(c -> c.get("LogGroup"));
      if (configured.isPresent() || f.properties().get("LoggingConfig").map(Node::isIntrinsic).orElse(false)) {
        if (configured.isEmpty()) continue; // LoggingConfig as an intrinsic: unknowable
        group = groupNamed(template, groups, configured.get());
        if (group.isEmpty()) continue; // a log group defined elsewhere: its retention is not ours to know
      } else {
        group = groups.stream().filter(g -> isDefaultGroupOf(template, g, f)).findFirst();
      }
      if (group.isPresent() && group.get().properties().has("RetentionInDays")) continue;
      if (group.isPresent()) {
        sink.report(f.keyNode(), f.logicalId() + ": its log group " + group.get().logicalId() + " has no RetentionInDays,"
            + " so its logs are kept forever and billed; set RetentionInDays on " + group.get().logicalId());
      } else {
        sink.report(f.keyNode(), f.logicalId() + ": the template defines no log group for it (" + PREFIX
            + "<function name>) with RetentionInDays, so Lambda creates one that keeps logs forever, billed; add an"
            + " AWS::Logs::LogGroup named !Sub " + PREFIX + "${" + f.logicalId() + "} with RetentionInDays");
      }
    }
  }

  /** The log group of the template that {@code LoggingConfig.LogGroup} names: by reference, or by equal literal name. */
  private static Optional<Resource> groupNamed(Template template, List<Resource> groups, Node name) {
    Optional<Resource> referenced = template.referencedResource(name).filter(r -> r.isType("AWS::Logs::LogGroup"));
    if (referenced.isPresent()) return referenced;
    Optional<String> literal = template.literal(name);
    if (literal.isEmpty()) return Optional.empty();
    return groups.stream().filter(g -> g.properties().get("LogGroupName").flatMap(template::literal).equals(literal)).findFirst();
  }

  /**
   * Whether {@code group} is {@code /aws/lambda/<name of f>}: through a reference to f, or a name equal
   * to f's FunctionName — literally, or after a {@code !Sub}'s variable map is applied
   * ({@code !Sub ["/aws/lambda/${Fn}", {Fn: my-function-name}]}, {@code {Fn: !Ref MyFunction}}).
   */
  private static boolean isDefaultGroupOf(Template template, Resource group, Function f) {
    Optional<Node> name = group.properties().get("LogGroupName");
    if (name.isEmpty()) return false;
    if (template.mentions(name.get(), f.resource())) return true;
    Optional<String> text = template.literal(name.get()).or(() -> Sub.of(name.get()).flatMap(sub -> sub.substituted(template)));
    if (text.isPresent() && text.get().equals(PREFIX + "${" + f.logicalId() + "}")) return true;
    Optional<Node> functionName = f.properties().get("FunctionName");
    if (functionName.isEmpty() || text.isEmpty()) return false;
    Optional<String> fnText = template.literal(functionName.get()).or(() -> Sub.of(functionName.get()).flatMap(sub -> sub.substituted(template)));
    return fnText.isPresent() && text.get().equals(PREFIX + fnText.get());
  }
}
