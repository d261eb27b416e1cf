package dev.lambdalint.core.template;

import dev.lambdalint.core.model.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loaded CloudFormation or SAM template, read as a typed serverless view: parameters,
 * resources, functions with Globals applied, their event sources and IAM statements. Rules query
 * this view instead of walking raw maps. Immutable; the derived views are computed on first use.
 */
public final class Template {
  private static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";
  private static final Pattern ATTRIBUTE_PATH = Pattern.compile("[A-Za-z0-9.]+");
  private static final Pattern WHOLE_SUB_REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9]+)(?:\\.[A-Za-z0-9.]+)?}");

  private final SourceFile file;
  private final MapNode root;
  private final Map<String, Parameter> parameters;
  private final Map<String, Resource> resources;
  private volatile List<Function> functions;
  private volatile List<PolicyStatement> policyStatements;
  /** Lookups rules make per function or per event: built once, so a large template is not quadratic. */
  private volatile Map<String, List<Resource>> resourcesByType;
  /** Each resource's place in {@code Resources}; written before {@code resourcesByType}, read after it. */
  private volatile Map<Resource, Integer> documentOrder;
  private volatile Map<String, Function> functionsById;
  private volatile List<EventSource> eventSourceMappings;
  private volatile Map<String, List<Resource>> resourcesByMention;

  private Template(SourceFile file, MapNode root) {
    this.file = file;
    this.root = root;
    this.parameters = readParameters(root);
    this.resources = readResources(root);
  }

  public static Template of(SourceFile file, MapNode root) {
    return new Template(file, root);
  }

  public SourceFile file() {
    return file;
  }

  public MapNode root() {
    return root;
  }

  /** The folder the template is in: {@code CodeUri} and friends are relative to it. */
  public Path directory() {
    Path parent = file.absolutePath().getParent();
    return parent == null ? file.absolutePath() : parent;
  }

  /** True when the template declares the SAM transform. */
  public boolean isSam() {
    return root.get("Transform").map(t -> t.literal().map(SAM_TRANSFORM::equals).orElse(false)
        || t.asList().map(l -> l.items().stream().anyMatch(i -> i.literal().map(SAM_TRANSFORM::equals).orElse(false)))
            .orElse(false)).orElse(false);
  }

  public List<Parameter> parameters() {
    return List.copyOf(parameters.values());
  }

  public Optional<Parameter> parameter(String name) {
    return Optional.ofNullable(parameters.get(name));
  }

  public List<Resource> resources() {
    return List.copyOf(resources.values());
  }

  public Optional<Resource> resource(String logicalId) {
    return Optional.ofNullable(resources.get(logicalId));
  }

  /**
   * The resources of any of {@code types}, in document order. Indexed by type once per template,
   * so a rule asking per function costs what the answer holds, not a walk over every resource.
   */
  public List<Resource> resourcesOfType(String... types) {
    Map<String, List<Resource>> byType = resourcesByType;
    if (byType == null) {
      Map<String, List<Resource>> built = new HashMap<>();
      Map<Resource, Integer> position = new IdentityHashMap<>();
      for (Resource r : resources.values()) {
        built.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r);
        position.put(r, position.size());
      }
      built.replaceAll((t, l) -> List.copyOf(l));
      documentOrder = position;
      byType = resourcesByType = built;
    }
    if (types.length == 1) return byType.getOrDefault(types[0], List.of());
    List<Resource> result = new ArrayList<>();
    for (String type : new LinkedHashSet<>(List.of(types))) result.addAll(byType.getOrDefault(type, List.of()));
    Map<Resource, Integer> position = documentOrder;
    result.sort(Comparator.comparingInt(position::get));
    return List.copyOf(result);
  }

  /** {@code Globals: Function:}, when present. */
  public Optional<MapNode> globals() {
    return root.getMap("Globals").flatMap(g -> g.getMap("Function"));
  }

  /** Every {@code AWS::Serverless::Function} and {@code AWS::Lambda::Function}, in document order. */
  public List<Function> functions() {
    List<Function> result = functions;
    if (result == null) {
      List<Function> built = new ArrayList<>();
      for (Resource r : resourcesOfType(Function.SAM_TYPE, Function.CFN_TYPE)) built.add(new Function(this, r));
      result = functions = Collections.unmodifiableList(built);
    }
    return result;
  }

  /**
   * Every function URL of the template: each function's SAM {@code FunctionUrlConfig} (functions in
   * document order), then each {@code AWS::Lambda::Url} resource in document order.
   */
  public List<FunctionUrl> functionUrls() {
    List<FunctionUrl> result = new ArrayList<>();
    for (Function f : functions()) f.urlConfig().ifPresent(config -> result.add(new FunctionUrl(f.logicalId(), config, this)));
    for (Resource r : resourcesOfType("AWS::Lambda::Url")) result.add(new FunctionUrl(r.logicalId(), r.properties(), this));
    return List.copyOf(result);
  }

  public Optional<Function> function(String logicalId) {
    Map<String, Function> byId = functionsById;
    if (byId == null) {
      Map<String, Function> built = new java.util.HashMap<>();
      for (Function f : functions()) built.putIfAbsent(f.logicalId(), f);
      byId = functionsById = built;
    }
    return Optional.ofNullable(byId.get(logicalId));
  }

  /**
   * Every {@code AWS::Lambda::EventSourceMapping} of the template as an event source, whether its
   * {@code FunctionName} names a function of the template or one defined elsewhere.
   */
  public List<EventSource> eventSourceMappings() {
    List<EventSource> result = eventSourceMappings;
    if (result == null) {
      result = eventSourceMappings = resourcesOfType("AWS::Lambda::EventSourceMapping").stream()
          .map(EventSources::eventSourceMapping).toList();
    }
    return result;
  }

  /**
   * The function of this template {@code node} refers to ({@code Ref F}, {@code GetAtt F.Arn},
   * {@code Sub ${F.Arn}}); empty for literal names/ARNs and functions defined elsewhere.
   */
  public Optional<Function> referencedFunction(Node node) {
    return referencedResource(node).flatMap(r -> function(r.logicalId()));
  }

  /**
   * Whether {@code node} mentions {@code resource} anywhere inside it: a {@code Ref}, a
   * {@code Fn::GetAtt}, or a {@code ${Id}} / {@code ${Id.Attr}} inside a {@code Fn::Sub} string
   * (also in nested {@code Fn::Join}, {@code Fn::If}… arguments). Literal text never counts.
   */
  public boolean mentions(Node node, Resource resource) {
    if (node == null) return false;
    String id = resource.logicalId();
    Optional<String> intrinsic = node.intrinsicName();
    if (intrinsic.isPresent()) {
      Node arg = node.intrinsicArgument().orElseThrow();
      switch (intrinsic.get()) {
        case "Ref" -> {
          return arg.literal().map(id::equals).orElse(false);
        }
        case "Fn::GetAtt" -> {
          if (getAttTarget(node).map(id::equals).orElse(false)) return true;
        }
        case "Fn::Sub" -> {
          Sub sub = Sub.of(node).orElseThrow();
          Optional<String> text = sub.text();
          // A variable of the Sub's own map (`!Sub ["/aws/lambda/${Fn}", {Fn: …}]`) shadows a resource of that name.
          boolean shadowed = sub.variables().map(vars -> vars.has(id)).orElse(false);
          if (text.isPresent() && !shadowed && Pattern.compile("\\$\\{" + Pattern.quote(id) + "(?:\\.[A-Za-z0-9.]+)?}").matcher(text.get()).find()) {
            return true;
          }
        }
        default -> { }
      }
    }
    if (node instanceof MapNode m) return m.entries().stream().anyMatch(e -> mentions(e.value(), resource));
    if (node instanceof ListNode l) return l.items().stream().anyMatch(i -> mentions(i, resource));
    return false;
  }

  /**
   * The logical ids {@code node} mentions anywhere inside it, as {@link #mentions} reads them: the
   * argument of a {@code Ref}, the target of a {@code Fn::GetAtt}, and each {@code ${Id}} /
   * {@code ${Id.Attr}} of a {@code Fn::Sub} string its own variables do not shadow. For a dotted
   * variable every prefix before a dot is included, so {@code mentions(node, r)} implies
   * {@code mentionedIds(node).contains(r.logicalId())}. In document order, each id once.
   */
  public Set<String> mentionedIds(Node node) {
    Set<String> ids = new LinkedHashSet<>();
    collectMentions(node, ids);
    return ids;
  }

  /**
   * Every resource that mentions {@code logicalId} somewhere in its definition ({@link
   * #mentionedIds}), in document order: the only resources that can declare a trigger of that
   * function or point at that queue. Built once per template on first use, so looking up each of
   * 10 000 functions costs what it mentions, not a walk over every resource.
   */
  public List<Resource> resourcesMentioning(String logicalId) {
    Map<String, List<Resource>> index = resourcesByMention;
    if (index == null) {
      Map<String, List<Resource>> built = new HashMap<>();
      for (Resource r : resources.values()) {
        for (String id : mentionedIds(r.node())) built.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
      }
      built.replaceAll((id, list) -> List.copyOf(list));
      index = resourcesByMention = built;
    }
    return index.getOrDefault(logicalId, List.of());
  }

  private static void collectMentions(Node node, Set<String> ids) {
    if (node == null) return;
    Optional<String> intrinsic = node.intrinsicName();
    if (intrinsic.isPresent()) {
      Node arg = node.intrinsicArgument().orElseThrow();
      switch (intrinsic.get()) {
        case "Ref" -> arg.literal().ifPresent(ids::add);
        case "Fn::GetAtt" -> getAttTarget(node).ifPresent(ids::add);
        case "Fn::Sub" -> {
          Sub sub = Sub.of(node).orElseThrow();
          Optional<String> text = sub.text();
          Optional<MapNode> vars = sub.variables();
          text.ifPresent(t -> subVariables(t, id -> {
            if (vars.map(v -> !v.has(id)).orElse(true)) ids.add(id);
          }));
        }
        default -> { }
      }
    }
    if (node instanceof MapNode m) {
      for (MapNode.Entry e : m.entries()) collectMentions(e.value(), ids);
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) collectMentions(item, ids);
    }
  }

  /** Each {@code ${…}} of a Sub string, whole and cut before each dot whose rest is {@code [A-Za-z0-9.]+}. */
  private static void subVariables(String text, java.util.function.Consumer<String> out) {
    int from = 0;
    while (true) {
      int open = text.indexOf("${", from);
      if (open < 0) return;
      int close = text.indexOf('}', open + 2);
      if (close < 0) return;
      String variable = text.substring(open + 2, close);
      out.accept(variable);
      for (int dot = variable.indexOf('.'); dot >= 0; dot = variable.indexOf('.', dot + 1)) {
        if (ATTRIBUTE_PATH.matcher(variable.substring(dot + 1)).matches()) out.accept(variable.substring(0, dot));
      }
      from = open + 2;
    }
  }

  /** Every IAM policy statement of the template, wherever it lives (see {@link PolicyStatements}). */
  public List<PolicyStatement> policyStatements() {
    List<PolicyStatement> result = policyStatements;
    if (result == null) result = policyStatements = PolicyStatements.of(this);
    return result;
  }

  /**
   * {@code node} with a {@code Ref} to a parameter replaced by the parameter's {@code Default}
   * (when it has one); every other node as it is.
   */
  public Node resolve(Node node) {
    Optional<String> ref = refTarget(node);
    if (ref.isPresent()) {
      Parameter p = parameters.get(ref.get());
      if (p != null && p.defaultValue().isPresent()) return p.defaultValue().get();
    }
    return node;
  }

  /** The literal string value of {@code node} after {@link #resolve}; empty for intrinsics it cannot know. */
  public Optional<String> literal(Node node) {
    return node == null ? Optional.empty() : resolve(node).literal();
  }

  /** An integer value after {@link #resolve}; empty when not a number or not knowable. */
  public Optional<Long> number(Node node) {
    return node == null ? Optional.empty() : resolve(node).asScalar().flatMap(ScalarNode::asLong);
  }

  /**
   * The resource {@code node} refers to: {@code Ref X}, {@code Fn::GetAtt [X, …]}, or a
   * {@code Fn::Sub} whose whole string is {@code ${X}} / {@code ${X.Attr}}. A literal string is
   * never taken for a reference, even when it equals a logical id.
   */
  public Optional<Resource> referencedResource(Node node) {
    if (node == null) return Optional.empty();
    Optional<String> target = refTarget(node)
        .or(() -> getAttTarget(node))
        .or(() -> subTarget(node));
    return target.map(resources::get);
  }

  private static Optional<String> refTarget(Node node) {
    return node.intrinsicName().filter("Ref"::equals).flatMap(n -> node.intrinsicArgument()).flatMap(Node::literal);
  }

  private static Optional<String> getAttTarget(Node node) {
    return node.intrinsicName().filter("Fn::GetAtt"::equals).flatMap(n -> node.intrinsicArgument())
        .flatMap(arg -> arg.asList().filter(l -> l.size() >= 1).map(l -> l.get(0)).flatMap(Node::literal)
            .or(() -> arg.literal().map(s -> s.contains(".") ? s.substring(0, s.indexOf('.')) : s)));
  }

  private static Optional<String> subTarget(Node node) {
    return Sub.of(node).flatMap(Sub::text)
        .flatMap(s -> {
          Matcher m = WHOLE_SUB_REFERENCE.matcher(s.strip());
          return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
        });
  }

  private static Map<String, Parameter> readParameters(MapNode root) {
    Map<String, Parameter> result = new LinkedHashMap<>();
    root.getMap("Parameters").ifPresent(params -> params.entries().forEach(e ->
        e.value().asMap().ifPresent(m -> result.put(e.name(), new Parameter(e.name(), e.key(), m)))));
    return Collections.unmodifiableMap(result);
  }

  private Map<String, Resource> readResources(MapNode root) {
    Map<String, Resource> result = new LinkedHashMap<>();
    root.getMap("Resources").ifPresent(res -> res.entries().forEach(e ->
        result.put(e.name(), new Resource(this, e.key(), e.value()))));
    return Collections.unmodifiableMap(result);
  }

  private volatile List<PolicyStatement> stringPolicyStatements;
  private volatile List<ManagedPolicyRef> managedPolicies;

  /** The statements of the template's policy documents written as JSON strings ({@link StringPolicyDocuments}), read once. */
  public List<PolicyStatement> stringPolicyStatements() {
    List<PolicyStatement> result = stringPolicyStatements;
    if (result == null) result = stringPolicyStatements = StringPolicyDocuments.of(this);
    return result;
  }

  /** Every managed policy attached to a function's role ({@link ManagedPolicyRef#of}), read once. */
  public List<ManagedPolicyRef> managedPolicies() {
    List<ManagedPolicyRef> result = managedPolicies;
    if (result == null) result = managedPolicies = ManagedPolicyRef.of(this);
    return result;
  }

  @Override
  public String toString() {
    return file.path();
  }

  // Facts about delivery failures and invoke permissions (views of their own files); cached like the lookups above.
  private volatile Set<String> deadLetterTargetIds;
  private volatile List<SnsSubscription> snsSubscriptions;
  private volatile List<EventRuleTarget> eventRuleTargets;

  /**
   * The logical ids of every resource the template uses as a dead-letter or on-failure target
   * (see {@link DeadLetterTargets} for where they are read): read once per template.
   */
  public Set<String> deadLetterTargetIds() {
    Set<String> result = deadLetterTargetIds;
    if (result == null) result = deadLetterTargetIds = DeadLetterTargets.of(this);
    return result;
  }

  /** Whether some resource of the template uses {@code resource} as its dead-letter or on-failure target. */
  public boolean isDeadLetterTarget(Resource resource) {
    return deadLetterTargetIds().contains(resource.logicalId());
  }

  /**
   * Every SNS subscription of the template: SAM {@code SNS} events (functions in document order),
   * then {@code AWS::SNS::Subscription} resources, then the inline {@code Subscription} items of
   * {@code AWS::SNS::Topic} resources, each in document order.
   */
  public List<SnsSubscription> snsSubscriptions() {
    List<SnsSubscription> result = snsSubscriptions;
    if (result == null) result = snsSubscriptions = SnsSubscription.of(this);
    return result;
  }

  /** Every target of every {@code AWS::Events::Rule} of the template, rules and targets in document order. */
  public List<EventRuleTarget> eventRuleTargets() {
    List<EventRuleTarget> result = eventRuleTargets;
    if (result == null) result = eventRuleTargets = EventRuleTarget.of(this);
    return result;
  }

  /** Every {@code AWS::Lambda::Permission} of the template, in document order. */
  public List<LambdaPermission> lambdaPermissions() {
    return resourcesOfType(LambdaPermission.TYPE).stream().map(LambdaPermission::new).toList();
  }
}
