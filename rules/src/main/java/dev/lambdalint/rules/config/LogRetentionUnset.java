package dev.lambdalint.rules.config;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.ListNode;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Template;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    Optional<String> text = template.literal(name.get()).or(() -> subText(template, name.get()));
    if (text.isPresent() && text.get().equals(PREFIX + "${" + f.logicalId() + "}")) return true;
    Optional<Node> functionName = f.properties().get("FunctionName");
    if (functionName.isEmpty() || text.isEmpty()) return false;
    Optional<String> fnText = template.literal(functionName.get()).or(() -> subText(template, functionName.get()));
    return fnText.isPresent() && text.get().equals(PREFIX + fnText.get());
  }

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}!]+)}");

  /**
   * The text of a {@code Fn::Sub} with the variables of its map put in: a variable set to a literal
   * (or a parameter with a default) becomes that text, one set to {@code !Ref R} / {@code !GetAtt R.Arn}
   * becomes {@code ${R}}; other variables stay as written ({@code ${AWS::StackName}}). Empty when the
   * node is no {@code Fn::Sub}, or a variable's value cannot be known.
   */
  private static Optional<String> subText(Template template, Node node) {
    if (!node.intrinsicName().map("Fn::Sub"::equals).orElse(false)) return Optional.empty();
    Node arg = node.intrinsicArgument().orElseThrow();
    Optional<String> plain = arg.literal();
    if (plain.isPresent()) return plain;
    Optional<ListNode> list = arg.asList().filter(l -> l.size() >= 1);
    if (list.isEmpty()) return Optional.empty();
    Optional<String> body = list.get().get(0).literal();
    if (body.isEmpty()) return Optional.empty();
    if (list.get().size() < 2) return body;
    Optional<MapNode> vars = list.get().get(1).asMap();
    if (vars.isEmpty()) return Optional.empty();
    Matcher m = VARIABLE.matcher(body.get());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String variable = m.group(1);
      Optional<Node> value = vars.get().get(variable);
      String replacement = m.group();
      if (value.isPresent()) {
        Optional<String> resolved = template.literal(value.get())
            .or(() -> template.referencedResource(value.get()).map(r -> "${" + r.logicalId() + "}"));
        if (resolved.isEmpty()) return Optional.empty();
        replacement = resolved.get();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return Optional.of(out.toString());
  }
}
