package dev.lambdalint.core.template;

import dev.lambdalint.core.cdk.CdkSource;
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
import java.util.regex.Pattern;

/**
 * A loaded CloudFormation or SAM template, read as a typed serverless view: parameters,
 * resources, functions with Globals applied, their event sources and IAM statements. Rules query
 * this view instead of walking raw maps. Immutable; the derived views are computed on first use.
 */
public final class Template {
  private static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

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
  // Facts views of their own files derive; each read once per template, on first use.
  private final Lazy<List<PolicyStatement>> stringPolicyStatements = Lazy.of(() -> StringPolicyDocuments.of(this));
  private final Lazy<List<ManagedPolicyRef>> managedPolicies = Lazy.of(() -> ManagedPolicyRef.of(this));
  private final Lazy<Set<String>> deadLetterTargetIds = Lazy.of(() -> DeadLetterTargets.of(this));
  private final Lazy<List<SnsSubscription>> snsSubscriptions = Lazy.of(() -> SnsSubscription.of(this));
  private final Lazy<List<EventRuleTarget>> eventRuleTargets = Lazy.of(() -> EventRuleTarget.of(this));
  private final Lazy<Dialect> dialect = Lazy.of(this::readDialect);

  /** For a template read from CDK Java source: the constructs of its file; null for CloudFormation and SAM. */
  private final CdkSource cdkSource;

  private Template(SourceFile file, MapNode root, CdkSource cdkSource) {
    this.file = file;
    this.root = root;
    this.cdkSource = cdkSource;
    this.parameters = readParameters(root);
    this.resources = readResources(root);
  }

  public static Template of(SourceFile file, MapNode root) {
    return new Template(file, root, null);
  }

  /**
   * A template read from a CDK Java source file: {@code root} is the CloudFormation the file's
   * constructs would synthesize to, every node positioned in the Java source where its value is
   * set (the construct's creation for what it leaves to a default).
   */
  public static Template fromCdkSource(SourceFile file, MapNode root, CdkSource source) {
    return new Template(file, root, java.util.Objects.requireNonNull(source, "source"));
  }

  /**
   * How the user writes it: CDK for CDK source and for what a CDK app synthesized (a resource with
   * {@code aws:cdk:path} metadata), else SAM or plain CloudFormation.
   */
  public Dialect dialect() {
    return dialect.get();
  }

  /** The CDK Java source this template was read from, with the constructs it creates; empty for a template file. */
  public Optional<CdkSource> cdkSource() {
    return Optional.ofNullable(cdkSource);
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

  private Dialect readDialect() {
    if (cdkSource != null) return Dialect.CDK;
    for (Resource r : resources.values()) {
      if (r.cdkPath().isPresent()) return Dialect.CDK;
    }
    return isSam() ? Dialect.SAM : Dialect.CLOUDFORMATION;
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
   * Every poll-based source of the template, once each: the SAM poll events of its functions (in
   * function order), then every event source mapping, also those for functions defined elsewhere.
   */
  public List<PollSource> pollSources() {
    List<PollSource> result = new ArrayList<>();
    for (Function f : functions()) {
      for (EventSource s : f.events()) {
        if (s.isSamEvent() && s.isPoll()) result.add(new PollSource(s, Optional.of(f)));
      }
    }
    for (EventSource s : eventSourceMappings()) result.add(new PollSource(s, referencedFunction(s.functionName().orElse(null))));
    return List.copyOf(result);
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
    return node != null && mentions(node, resource.logicalId());
  }

  /** {@link #mentions(Node, Resource)} for a value read already. */
  public boolean mentions(Value value, Resource resource) {
    return value != null && mentions(value.node(), resource.logicalId());
  }

  private static boolean mentions(Node node, String id) {
    if (node instanceof MapNode m) {
      if (m.size() == 1) {
        Value value = m.typed();
        if (mentionsItself(value, id)) return true;
        // a Ref names what it names; its argument holds no further mention
        if (value instanceof Value.Ref || value instanceof Value.Other o && o.name().equals("Ref")) return false;
      }
      for (MapNode.Entry e : m.entries()) if (mentions(e.value(), id)) return true;
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) if (mentions(item, id)) return true;
    }
    return false;
  }

  /** The intrinsic itself, not its arguments: {@code Ref id}, {@code GetAtt id.…}, {@code ${id}} in a Sub. */
  private static boolean mentionsItself(Value value, String id) {
    if (value instanceof Value.Ref ref) return ref.target().equals(id);
    if (value instanceof Value.GetAtt getAtt) return getAtt.resource().equals(id);
    if (value instanceof Sub sub) return sub.mentions(id);
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
    if (node instanceof MapNode m) {
      if (m.size() == 1) {
        Value value = m.typed();
        if (value instanceof Value.Ref ref) ids.add(ref.target());
        else if (value instanceof Value.GetAtt getAtt) ids.add(getAtt.resource());
        else if (value instanceof Sub sub) sub.mentionedNames(ids::add);
      }
      for (MapNode.Entry e : m.entries()) collectMentions(e.value(), ids);
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) collectMentions(item, ids);
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
    return throughDefault(node.typed()).node();
  }

  /** The value itself, or for a {@code Ref} to a parameter with a {@code Default}, the Default's value. */
  private Value throughDefault(Value value) {
    if (value instanceof Value.Ref ref) {
      Parameter p = parameters.get(ref.target());
      if (p != null && p.defaultValue().isPresent()) return p.defaultValue().get().typed();
    }
    return value;
  }

  /**
   * The literal string value of {@code node}, written there or as the {@code Default} of the
   * parameter it refers to; empty for a {@code null} and for an intrinsic, even one
   * {@link #evaluate} can know.
   */
  public Optional<String> literal(Node node) {
    return node == null ? Optional.empty() : literal(node.typed());
  }

  /** {@link #literal(Node)} for a value read already. */
  public Optional<String> literal(Value value) {
    return value == null ? Optional.empty() : throughDefault(value).literal();
  }

  /** An integer value as {@link #literal} reads it; empty when not a number or not knowable. */
  public Optional<Long> number(Node node) {
    return node == null ? Optional.empty() : number(node.typed());
  }

  /** {@link #number(Node)} for a value read already. */
  public Optional<Long> number(Value value) {
    return value != null && throughDefault(value) instanceof Value.Literal l ? l.number() : Optional.empty();
  }

  /** {@link #evaluate(Value)} of the value of {@code node}; absent for a {@code null} node. */
  public Resolved evaluate(Node node) {
    return evaluate(Value.of(node));
  }

  /**
   * What {@code value} comes to before deployment, against the template's parameters (their
   * {@code Default}, which a deployment may override: what the template says when nothing else
   * is said) and {@code Mappings}:
   * <ul>
   *   <li>absent: {@code null} (no value, or a {@code null} scalar), {@code !Ref AWS::NoValue}, an
   *       {@code Fn::If} whose branches are both absent;
   *   <li>known: a literal; a {@code Ref} to a parameter with a known {@code Default} (the origin is
   *       the Default); an {@code Fn::If} whose branches are known and equal; an {@code Fn::Join}
   *       of known parts; an {@code Fn::Select} of a known item of a list or of a known
   *       {@code Fn::Split}; a {@code Fn::Sub} whose every variable is escaped ({@code ${!x}}),
   *       known in its own map, or a parameter with a known Default; an {@code Fn::FindInMap} with
   *       known keys that the template's {@code Mappings} hold;
   *   <li>unknowable otherwise: pseudo parameters, resources, imports, parameters without a
   *       Default, conditions, lists and maps where one text is asked for.
   * </ul>
   */
  public Resolved evaluate(Value value) {
    return evaluate(value, 0);
  }

  /**
   * Parameter Defaults and Mappings can name themselves ({@code Default: !Ref Self}): a value
   * reached through more steps than a loaded document can nest (the loader allows 200 levels of
   * maps and lists, two per intrinsic) is unknowable, not a stack overflow.
   */
  private static final int MAX_INDIRECTIONS = 256;

  Resolved evaluate(Value value, int depth) {
    if (depth > MAX_INDIRECTIONS) return new Resolved.Unknowable(value);
    if (value == null || value instanceof Value.Null) return ABSENT;
    if (value instanceof Value.Literal l) return new Resolved.Known(l.text(), l.node());
    if (value instanceof Value.Ref ref) {
      if (ref.isNoValue()) return ABSENT;
      Parameter p = parameters.get(ref.target());
      if (p == null || p.defaultValue().isEmpty()) return new Resolved.Unknowable(value);
      return evaluate(p.defaultValue().get().typed(), depth + 1);
    }
    if (value instanceof Value.If choice) {
      Resolved whenTrue = evaluate(choice.whenTrue(), depth + 1);
      Resolved whenFalse = evaluate(choice.whenFalse(), depth + 1);
      if (whenTrue.isAbsent() && whenFalse.isAbsent()) return ABSENT;
      if (whenTrue instanceof Resolved.Known t && whenFalse instanceof Resolved.Known f && t.text().equals(f.text())) return t;
      return new Resolved.Unknowable(value);
    }
    if (value instanceof Value.Join join) {
      Resolved delimiter = evaluate(join.delimiter(), depth + 1);
      if (!(delimiter instanceof Resolved.Known d)) return unknowable(delimiter, value);
      if (!(join.list() instanceof Value.ListValue parts)) return new Resolved.Unknowable(join.list());
      List<String> texts = new ArrayList<>();
      for (Value part : parts.items()) {
        Resolved r = evaluate(part, depth + 1);
        if (!(r instanceof Resolved.Known k)) return unknowable(r, part);
        texts.add(k.text());
      }
      return new Resolved.Known(String.join(d.text(), texts), join.node());
    }
    if (value instanceof Value.Select select) {
      Optional<Long> index = evaluate(select.index(), depth + 1) instanceof Resolved.Known k ? k.number() : Optional.empty();
      if (index.isEmpty() || index.get() < 0) return new Resolved.Unknowable(value);
      int i = (int) Math.min(index.get(), Integer.MAX_VALUE);
      if (select.list() instanceof Value.ListValue list) {
        return i < list.size() ? evaluate(list.items().get(i), depth + 1) : new Resolved.Unknowable(value);
      }
      if (select.list() instanceof Value.Split split) {
        Resolved delimiter = evaluate(split.delimiter(), depth + 1);
        Resolved source = evaluate(split.source(), depth + 1);
        if (delimiter instanceof Resolved.Known d && !d.text().isEmpty() && source instanceof Resolved.Known s) {
          List<String> pieces = List.of(s.text().split(Pattern.quote(d.text()), -1));
          if (i < pieces.size()) return new Resolved.Known(pieces.get(i), select.node());
        }
      }
      return new Resolved.Unknowable(value);
    }
    if (value instanceof Sub sub) return sub.evaluate(this, depth + 1);
    if (value instanceof Value.FindInMap find) {
      List<String> keys = new ArrayList<>();
      for (Value key : List.of(find.map(), find.topKey(), find.secondKey())) {
        if (!(evaluate(key, depth + 1) instanceof Resolved.Known k)) return new Resolved.Unknowable(value);
        keys.add(k.text());
      }
      Optional<Node> found = root.getMap("Mappings").flatMap(m -> m.getMap(keys.get(0)))
          .flatMap(m -> m.getMap(keys.get(1))).flatMap(m -> m.get(keys.get(2)));
      return found.map(n -> evaluate(n.typed(), depth + 1)).orElseGet(() -> new Resolved.Unknowable(value));
    }
    return new Resolved.Unknowable(value);
  }

  static final Resolved ABSENT = new Resolved.Absent();

  static Resolved unknowable(Resolved part, Value whole) {
    return part instanceof Resolved.Unknowable u ? u : new Resolved.Unknowable(whole);
  }

  /**
   * The resource {@code node} refers to: {@code Ref X}, {@code Fn::GetAtt [X, …]}, or a
   * {@code Fn::Sub} whose whole string is {@code ${X}} / {@code ${X.Attr}}. A literal string is
   * never taken for a reference, even when it equals a logical id.
   */
  public Optional<Resource> referencedResource(Node node) {
    return node == null ? Optional.empty() : referencedResource(node.typed());
  }

  /** {@link #referencedResource(Node)} for a value read already. */
  public Optional<Resource> referencedResource(Value value) {
    Optional<String> target = Optional.empty();
    if (value instanceof Value.Ref ref) target = Optional.of(ref.target());
    else if (value instanceof Value.GetAtt getAtt) target = Optional.of(getAtt.resource());
    else if (value instanceof Sub sub) target = sub.wholeReference();
    return target.map(resources::get);
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

  /** The statements of the template's policy documents written as JSON strings ({@link StringPolicyDocuments}), read once. */
  public List<PolicyStatement> stringPolicyStatements() {
    return stringPolicyStatements.get();
  }

  /** Every managed policy attached to a function's role ({@link ManagedPolicyRef#of}), read once. */
  public List<ManagedPolicyRef> managedPolicies() {
    return managedPolicies.get();
  }

  /**
   * The logical ids of every resource the template uses as a dead-letter or on-failure target
   * (see {@link DeadLetterTargets} for where they are read): read once per template.
   */
  public Set<String> deadLetterTargetIds() {
    return deadLetterTargetIds.get();
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
    return snsSubscriptions.get();
  }

  /** Every target of every {@code AWS::Events::Rule} of the template, rules and targets in document order. */
  public List<EventRuleTarget> eventRuleTargets() {
    return eventRuleTargets.get();
  }

  /** Every {@code AWS::Lambda::Permission} of the template, in document order. */
  public List<LambdaPermission> lambdaPermissions() {
    return resourcesOfType(LambdaPermission.TYPE).stream().map(LambdaPermission::new).toList();
  }

  @Override
  public String toString() {
    return file.path();
  }
}
