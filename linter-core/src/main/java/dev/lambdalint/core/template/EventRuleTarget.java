package dev.lambdalint.core.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One item of an {@code AWS::Events::Rule}'s {@code Targets} list: what it invokes and whether
 * events EventBridge cannot deliver to it go to a dead-letter queue ({@code DeadLetterConfig}).
 * Items written as an intrinsic ({@code !If}) are not targets the template can read and are left out.
 *
 * @param rule the rule that declares the target
 * @param item the list item: where findings about the target start ({@code - Id:} in YAML, the opening brace <code>&#123;</code> in JSON)
 * @param target the item's settings
 */
public record EventRuleTarget(Resource rule, Node item, MapNode target, Template template) {
  public static final String RULE_TYPE = "AWS::Events::Rule";
  /** The resource types whose ARN, as a target, invokes a Lambda function. */
  public static final Set<String> LAMBDA_TYPES = Set.of(Function.SAM_TYPE, Function.CFN_TYPE, "AWS::Lambda::Alias",
      "AWS::Lambda::Version");

  private static final Pattern LAMBDA_ARN = Pattern.compile("^arn:(aws[a-z-]*|\\$\\{AWS::Partition}):lambda:");

  static List<EventRuleTarget> of(Template template) {
    List<EventRuleTarget> result = new ArrayList<>();
    for (Resource rule : template.resourcesOfType(RULE_TYPE)) {
      rule.properties().getList("Targets").ifPresent(targets -> targets.items().forEach(item -> item.asMap()
          .filter(m -> !m.isIntrinsic())
          .ifPresent(m -> result.add(new EventRuleTarget(rule, item, m, template)))));
    }
    return List.copyOf(result);
  }

  /** The target's literal {@code Id}. */
  public Optional<String> id() {
    return target.get("Id").flatMap(template::literal);
  }

  /** The target's {@code Arn}: what EventBridge delivers to. */
  public Optional<Node> arn() {
    return target.get("Arn");
  }

  /** The resource of the template the {@code Arn} refers to ({@code Ref}, {@code GetAtt}, whole-string {@code Sub}). */
  public Optional<Resource> targetResource() {
    return arn().flatMap(template::referencedResource);
  }

  /** The function, alias or version of the template the target invokes; empty when it refers to any other resource. */
  public Optional<Resource> invokedResource() {
    return targetResource().filter(r -> LAMBDA_TYPES.contains(r.type()));
  }

  /**
   * The Lambda ARN the target invokes when it is written as text ({@code arn:aws:lambda:…}, also
   * in a {@code Fn::Sub} with {@code ${AWS::Partition}}), stripped; empty when the {@code Arn}
   * refers to a resource of the template or is no Lambda ARN.
   */
  public Optional<String> invokedArn() {
    if (targetResource().isPresent()) return Optional.empty();
    Optional<Node> arn = arn();
    Optional<String> text = arn.flatMap(template::literal).or(() -> arn.flatMap(Sub::of).flatMap(Sub::text));
    return text.map(String::strip).filter(t -> LAMBDA_ARN.matcher(t).find());
  }

  /** Whether the target invokes a Lambda function: one of the template, or one named by its ARN. */
  public boolean invokesLambda() {
    return invokedResource().isPresent() || invokedArn().isPresent();
  }

  /** Whether the target declares a {@code DeadLetterConfig} (in any form). */
  public boolean hasDeadLetterConfig() {
    return target.has("DeadLetterConfig");
  }
}
