package dev.lambdalint.core.template;

import java.util.List;
import java.util.Optional;

/**
 * An {@code AWS::Logs::LogGroup} of a template, and where a function's logs go: the group its
 * {@code LoggingConfig.LogGroup} names, or else the {@code /aws/lambda/<function name>} group Lambda
 * writes to (and creates, with no retention, when the template does not).
 *
 * @param resource the log group resource
 */
public record LogGroup(Resource resource) {
  public static final String TYPE = "AWS::Logs::LogGroup";
  /** The prefix of the group Lambda writes a function's logs to when {@code LoggingConfig} names none. */
  public static final String LAMBDA_PREFIX = "/aws/lambda/";
  /** What CDK's {@code logRetention} makes: a custom resource that creates {@code LogGroupName} with {@code RetentionInDays}. */
  public static final String CDK_LOG_RETENTION = "Custom::LogRetention";

  public static Optional<LogGroup> of(Resource resource) {
    return resource != null && resource.isType(TYPE) ? Optional.of(new LogGroup(resource)) : Optional.empty();
  }

  public String logicalId() {
    return resource.logicalId();
  }

  /** {@code LogGroupName} as written; empty when unset (CloudFormation then generates one). */
  public Optional<Node> name() {
    return resource.properties().get("LogGroupName");
  }

  /** Whether {@code RetentionInDays} is set, to anything. */
  public boolean hasRetention() {
    return resource.properties().has("RetentionInDays");
  }

  /** Where a function's logs go, as far as the template tells. */
  public record Destination(Kind kind, Optional<LogGroup> group) {

    /** The kinds of destination. */
    public enum Kind {
      /** A log group of the template: {@code LoggingConfig.LogGroup} names it, or it is named {@code /aws/lambda/<name>}. */
      TEMPLATE_GROUP,
      /** No {@code LoggingConfig.LogGroup} and no {@code /aws/lambda/<name>} group in the template: Lambda creates one. */
      LAMBDA_CREATED,
      /** {@code LoggingConfig.LogGroup} names a group the template does not define. */
      ELSEWHERE,
      /** {@code LoggingConfig} is an intrinsic: where the logs go cannot be known. */
      UNKNOWABLE
    }

    /** Whether the template tells which group it is (one of its own, or one Lambda creates). */
    public boolean isKnown() {
      return kind == Kind.TEMPLATE_GROUP || kind == Kind.LAMBDA_CREATED;
    }
  }

  /** The destination of {@code f}'s logs (see {@link Function#logDestination()}). */
  static Destination destinationOf(Function f) {
    Template template = f.template();
    // CDK's log retention custom resource sets the retention of the group it names, as a log group does
    List<LogGroup> groups = template.resourcesOfType(TYPE, CDK_LOG_RETENTION).stream().map(LogGroup::new).toList();
    MapNode properties = f.properties();
    Optional<Node> configured = properties.getMap("LoggingConfig").flatMap(c -> c.get("LogGroup"));
    if (configured.isPresent()) {
      Optional<LogGroup> named = named(template, groups, configured.get());
      return named.map(g -> new Destination(Destination.Kind.TEMPLATE_GROUP, Optional.of(g)))
          .orElseGet(() -> new Destination(Destination.Kind.ELSEWHERE, Optional.empty()));
    }
    if (properties.get("LoggingConfig").map(Node::isIntrinsic).orElse(false)) {
      return new Destination(Destination.Kind.UNKNOWABLE, Optional.empty());
    }
    Optional<LogGroup> lambdas = groups.stream().filter(g -> g.isLambdaGroupOf(f)).findFirst();
    return new Destination(lambdas.isPresent() ? Destination.Kind.TEMPLATE_GROUP : Destination.Kind.LAMBDA_CREATED, lambdas);
  }

  /** The log group of the template that {@code name} names: by reference, or by equal literal name. */
  private static Optional<LogGroup> named(Template template, List<LogGroup> groups, Node name) {
    Optional<LogGroup> referenced = template.referencedResource(name).flatMap(LogGroup::of);
    if (referenced.isPresent()) return referenced;
    Optional<String> literal = template.literal(name);
    if (literal.isEmpty()) return Optional.empty();
    return groups.stream().filter(g -> g.name().flatMap(template::literal).equals(literal)).findFirst();
  }

  /**
   * Whether this group is {@code /aws/lambda/<name of f>}: through a reference to f, or a name equal
   * to f's FunctionName — literally, or after a {@code !Sub}'s variable map is applied
   * ({@code !Sub ["/aws/lambda/${Fn}", {Fn: my-function-name}]}, {@code {Fn: !Ref MyFunction}}).
   */
  public boolean isLambdaGroupOf(Function f) {
    Template template = f.template();
    Optional<Node> name = name();
    if (name.isEmpty()) return false;
    if (template.mentions(name.get(), f.resource())) return true;
    Optional<String> text = text(template, name.get());
    if (text.isPresent() && text.get().equals(LAMBDA_PREFIX + "${" + f.logicalId() + "}")) return true;
    Optional<Node> functionName = f.properties().get("FunctionName");
    if (functionName.isEmpty() || text.isEmpty()) return false;
    Optional<String> fnText = text(template, functionName.get());
    return fnText.isPresent() && text.get().equals(LAMBDA_PREFIX + fnText.get());
  }

  private static Optional<String> text(Template template, Node node) {
    return template.literal(node).or(() -> Sub.of(node).flatMap(sub -> sub.substituted(template)));
  }
}
