package dev.lambdalint.core.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Lambda function — {@code AWS::Serverless::Function} with SAM {@code Globals} applied, or
 * {@code AWS::Lambda::Function} — read as the settings the rules talk about. A setting records
 * where it was set ({@link Setting}); intrinsics that cannot be known come back empty, never as a
 * guessed value.
 */
public final class Function {
  public static final String SAM_TYPE = "AWS::Serverless::Function";
  public static final String CFN_TYPE = "AWS::Lambda::Function";
  public static final long DEFAULT_TIMEOUT_SECONDS = 3;
  public static final long DEFAULT_MEMORY_MB = 128;

  private final Template template;
  private final Resource resource;
  private final MapNode properties;
  // Derived facts, each computed on first use and kept.
  private final Lazy<List<EventSource>> events = Lazy.of(() -> EventSources.of(this));
  private final Lazy<Permissions> permissions = Lazy.of(() -> new Permissions(this));
  private final Lazy<PublishedVersions> publishedVersions = Lazy.of(() -> PublishedVersions.of(this));
  private final Lazy<FunctionEnvironment> resolvedEnvironment = Lazy.of(() -> FunctionEnvironment.of(this));
  private volatile List<PolicyStatement> policyStatements;

  Function(Template template, Resource resource) {
    this.template = template;
    this.resource = resource;
    MapNode own = resource.properties();
    this.properties = resource.isType(SAM_TYPE) && template.globals().isPresent()
        ? GlobalsMerge.apply(template.globals().get(), own, GlobalsMerge.IgnoredGlobals.of(resource.node()))
        : own;
  }

  public Template template() {
    return template;
  }

  public Resource resource() {
    return resource;
  }

  public String logicalId() {
    return resource.logicalId();
  }

  public ScalarNode keyNode() {
    return resource.keyNode();
  }

  /**
   * How the user writes this function: CDK when its template is CDK source or a CDK synth, else
   * SAM for an {@code AWS::Serverless::Function}, CloudFormation for an {@code AWS::Lambda::Function}.
   */
  public Dialect dialect() {
    return template.dialect() == Dialect.CDK ? Dialect.CDK : isSam() ? Dialect.SAM : Dialect.CLOUDFORMATION;
  }

  public boolean isSam() {
    return resource.isType(SAM_TYPE);
  }

  /** The effective properties: the function's own, with Globals applied for SAM functions. */
  public MapNode properties() {
    return properties;
  }

  public Optional<Setting<String>> runtime() {
    return text("Runtime");
  }

  /** A Java runtime, or no runtime at all but a {@code Class::method} handler (a Java convention). */
  public boolean isJava() {
    return runtime().map(r -> r.value().toLowerCase(Locale.ROOT).startsWith("java"))
        .orElseGet(() -> !properties.has("Runtime") && handler().map(h -> h.value().contains("::")).orElse(false));
  }

  public Optional<Setting<String>> handler() {
    return text("Handler");
  }

  /** {@code Timeout}: defaulted to 3 s when unset; empty when set to something unknowable. */
  public Optional<Setting<Long>> timeout() {
    return number("Timeout", DEFAULT_TIMEOUT_SECONDS);
  }

  /** {@code MemorySize}: defaulted to 128 MB when unset; empty when set to something unknowable. */
  public Optional<Setting<Long>> memorySize() {
    return number("MemorySize", DEFAULT_MEMORY_MB);
  }

  /** {@code Tracing} (SAM) or {@code TracingConfig.Mode} (CloudFormation). */
  public Optional<Setting<String>> tracing() {
    return text("Tracing").or(() -> properties.getMap("TracingConfig").flatMap(c -> c.entry("Mode"))
        .flatMap(e -> template.literal(e.value()).map(v -> Setting.setBy(v, e.key()))));
  }

  /**
   * Whether tracing is set to something that cannot be known: {@code Tracing}, {@code TracingConfig}
   * or its {@code Mode} written as an intrinsic ({@code !If}, a parameter without default). Then
   * {@link #tracing()} is empty although the function sets it.
   */
  public boolean isTracingUnknowable() {
    Optional<Node> value = properties.get("Tracing").or(() -> properties.get("TracingConfig")
        .flatMap(c -> c.isIntrinsic() ? Optional.of(c) : c.asMap().flatMap(m -> m.get("Mode"))));
    return value.map(v -> template.resolve(v).isIntrinsic()).orElse(false);
  }

  public CodeLocation code() {
    for (String key : List.of("InlineCode", "ImageUri", "CodeUri", "Code")) {
      Optional<MapNode.Entry> entry = properties.entry(key);
      if (entry.isPresent()) return CodeLocation.of(template, key, entry.get());
    }
    return CodeLocation.NONE;
  }

  /**
   * {@code Environment.Variables}, own and inherited, in document order: the variables written as
   * such ({@code Environment} or {@code Variables} written as an intrinsic holds none, and
   * {@code Fn::} keys are no variables). {@link #resolvedEnvironment()} also says whether that is
   * all of them.
   */
  public List<EnvVar> environment() {
    List<EnvVar> vars = new ArrayList<>();
    properties.getMap("Environment").filter(e -> !e.isIntrinsic()).flatMap(e -> e.getMap("Variables"))
        .filter(v -> !v.isIntrinsic()).ifPresent(v -> v.entries().forEach(e -> {
          if (!e.name().startsWith("Fn::")) vars.add(new EnvVar(e.name(), e.key(), e.value(), Setting.setBy(e.name(), e.key()).origin()));
        }));
    return vars;
  }

  public List<Node> layers() {
    return properties.getList("Layers").map(ListNode::items).orElse(List.of());
  }

  public Optional<ScalarNode> layersKey() {
    return properties.keyNode("Layers");
  }

  public Optional<Node> role() {
    return properties.get("Role");
  }

  /** SAM {@code Policies}, one item per policy whether written as a string, a map or a list. */
  public List<Node> policies() {
    return properties.get("Policies").map(p -> p.asList().map(ListNode::items).orElse(List.of(p))).orElse(List.of());
  }

  /**
   * The SAM policy templates among {@link #policies()}: each a map with one key that is no intrinsic,
   * except an inline policy document written as {@code Statement} alone.
   */
  public List<PolicyTemplate> policyTemplates() {
    List<PolicyTemplate> result = new ArrayList<>();
    for (Node policy : policies()) {
      policy.asMap().filter(m -> m.size() == 1 && !m.isIntrinsic() && !m.has("Statement"))
          .ifPresent(m -> result.add(new PolicyTemplate(m.keys().get(0), m.get(m.keys().get(0)).orElseThrow())));
    }
    return result;
  }

  /**
   * The IAM policy statements of the template ({@link Template#policyStatements()}) that apply to the
   * function, in the template's order: its own inline policies, those of its role (its {@code Role}
   * reference, or the {@code <Id>Role} SAM generates when it has none), and those of an
   * {@code AWS::IAM::Policy} / {@code AWS::IAM::ManagedPolicy} whose {@code Roles} name that role by
   * {@code Ref}. SAM policy templates are {@link #policyTemplates()}. Computed once per function.
   */
  public List<PolicyStatement> policyStatements() {
    List<PolicyStatement> result = policyStatements;
    if (result == null) {
      Set<String> roles = roleIds();
      List<PolicyStatement> built = new ArrayList<>();
      for (PolicyStatement st : template.policyStatements()) if (appliesToMe(st, roles)) built.add(st);
      result = policyStatements = List.copyOf(built);
    }
    return result;
  }

  /** The logical ids of the function's role: its {@code Role} reference, or the role SAM generates ({@code <Id>Role}). */
  private Set<String> roleIds() {
    Set<String> ids = new HashSet<>();
    role().flatMap(template::referencedResource).ifPresent(r -> ids.add(r.logicalId()));
    if (isSam() && role().isEmpty()) ids.add(logicalId() + "Role");
    return ids;
  }

  private boolean appliesToMe(PolicyStatement st, Set<String> roles) {
    Resource owner = st.owner();
    if (owner.logicalId().equals(logicalId())) return true;
    if (roles.contains(owner.logicalId())) return true;
    if (owner.isType("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy")) {
      List<Node> attached = owner.properties().getList("Roles").map(l -> l.items()).orElse(List.of());
      for (Node role : attached) {
        Optional<String> ref = role.intrinsicName().filter("Ref"::equals).flatMap(n -> role.intrinsicArgument()).flatMap(Node::literal);
        if (ref.isPresent() && roles.contains(ref.get())) return true;
      }
    }
    return false;
  }

  /** CloudFormation-style {@code ManagedPolicyArns} on the function (SAM passes them to its role). */
  public List<Node> managedPolicyArns() {
    return properties.getList("ManagedPolicyArns").map(ListNode::items).orElse(List.of());
  }

  /** SAM {@code DeadLetterQueue.TargetArn} or CloudFormation {@code DeadLetterConfig.TargetArn}. */
  public Optional<Node> deadLetterTarget() {
    return properties.getMap("DeadLetterQueue").or(() -> properties.getMap("DeadLetterConfig"))
        .flatMap(m -> m.get("TargetArn"));
  }

  /**
   * Whether a dead-letter queue is declared: a {@link #deadLetterTarget()}, or SAM
   * {@code DeadLetterQueue} / CloudFormation {@code DeadLetterConfig} written as an intrinsic
   * ({@code !If}) that may hold one.
   */
  public boolean declaresDeadLetterQueue() {
    if (deadLetterTarget().isPresent()) return true;
    return properties.get("DeadLetterQueue").or(() -> properties.get("DeadLetterConfig")).map(Node::isIntrinsic).orElse(false);
  }

  /**
   * Whether an on-failure destination is declared for asynchronous invocations: in SAM's
   * {@code EventInvokeConfig} or an {@code AWS::Lambda::EventInvokeConfig} of the function (see
   * {@link EventInvokeConfig#declaresOnFailure()}), or an {@code EventInvokeConfig} property written
   * as an intrinsic that may hold one.
   */
  public boolean declaresOnFailureDestination() {
    if (properties.get("EventInvokeConfig").map(Node::isIntrinsic).orElse(false)) return true;
    return eventInvokeConfig().map(EventInvokeConfig::declaresOnFailure).orElse(false);
  }

  /** SAM's {@code EventInvokeConfig} property, or an {@code AWS::Lambda::EventInvokeConfig} for this function. */
  public Optional<EventInvokeConfig> eventInvokeConfig() {
    Optional<EventInvokeConfig> own = properties.getMap("EventInvokeConfig").map(m -> new EventInvokeConfig(m, template));
    if (own.isPresent()) return own;
    return template.resourcesOfType("AWS::Lambda::EventInvokeConfig").stream()
        .filter(r -> r.properties().get("FunctionName").flatMap(template::referencedResource)
            .map(target -> target.logicalId().equals(logicalId())).orElse(false))
        .findFirst()
        .map(r -> new EventInvokeConfig(r.properties(), template));
  }

  /** SAM {@code FunctionUrlConfig}. */
  public Optional<MapNode> urlConfig() {
    return properties.getMap("FunctionUrlConfig");
  }

  /**
   * Whether SnapStart is on ({@code SnapStart: ApplyOn: PublishedVersions}), or set through an
   * intrinsic that cannot be read ({@code SnapStart} or its {@code ApplyOn}), which counts as on.
   */
  public boolean declaresSnapStart() {
    Optional<Node> snapStart = properties.get("SnapStart");
    if (snapStart.isEmpty()) return false;
    if (snapStart.get().isIntrinsic()) return true;
    Optional<Node> applyOn = snapStart().flatMap(s -> s.get("ApplyOn"));
    if (applyOn.isEmpty()) return false;
    Node resolved = template.resolve(applyOn.get());
    return resolved.isIntrinsic() || resolved.literal().map("PublishedVersions"::equals).orElse(false);
  }

  /** {@code SnapStart} settings. */
  public Optional<MapNode> snapStart() {
    return properties.getMap("SnapStart");
  }

  /**
   * Whether provisioned concurrency is configured for the function: SAM
   * {@code ProvisionedConcurrencyConfig} (with {@code AutoPublishAlias}), or an
   * {@code AWS::Lambda::Alias} / {@code AWS::Lambda::Version} of this function with
   * {@code ProvisionedConcurrencyConfig}. An intrinsic value counts as configured.
   */
  public boolean hasProvisionedConcurrency() {
    if (properties.has("ProvisionedConcurrencyConfig")) return true;
    // an alias or version naming this function mentions it: the template's index has them
    for (Resource r : template.resourcesMentioning(logicalId())) {
      if (!r.isType("AWS::Lambda::Alias", "AWS::Lambda::Version")) continue;
      MapNode p = r.properties();
      if (!p.has("ProvisionedConcurrencyConfig")) continue;
      Optional<Resource> target = template.referencedResource(p.get("FunctionName").orElse(null));
      if (target.map(t -> t.logicalId().equals(logicalId())).orElse(false)) return true;
    }
    return false;
  }

  /**
   * Every trigger of the function: SAM events (and SAM {@code FunctionUrlConfig}), and the
   * CloudFormation resources that invoke it or name it as what they call — event source mappings,
   * permissions for a service, EventBridge targets, SNS subscriptions, S3 notifications, user-pool
   * triggers, authorizers, AppSync data sources, Step Functions tasks, API integrations, ALB
   * targets, function URLs, IoT rules. Each says how it invokes the function
   * ({@link EventSource#invocation()}), decided in one place for every rule.
   */
  public List<EventSource> events() {
    return events.get();
  }

  /** The triggers that invoke the function the way {@code invocation} says (e.g. every asynchronous one). */
  public List<EventSource> triggers(EventKind.Invocation invocation) {
    return events().stream().filter(s -> s.invocation() == invocation).toList();
  }

  private Optional<Setting<String>> text(String key) {
    return properties.entry(key).flatMap(e -> template.literal(e.value()).map(v -> Setting.setBy(v, e.key())));
  }

  private Optional<Setting<Long>> number(String key, long defaultValue) {
    Optional<MapNode.Entry> entry = properties.entry(key);
    if (entry.isEmpty()) return Optional.of(Setting.defaulted(defaultValue));
    return template.number(entry.get().value()).map(v -> Setting.setBy(v, entry.get().key()));
  }

  /**
   * Whether the function runs on Lambda Managed Instances ({@code CapacityProviderConfig}): its
   * execution environments are started ahead of requests and serve many at once, and its memory
   * is set per vCPU by the capacity provider.
   */
  public boolean isOnManagedInstances() {
    return properties.has("CapacityProviderConfig");
  }

  /** The CDK construct path of the resource ({@code Metadata: aws:cdk:path}), when a CDK app synthesised it. */
  public Optional<String> cdkPath() {
    return resource.cdkPath();
  }

  /**
   * Names (logical ids, CDK construct ids) of functions that a CDK library generates for itself:
   * {@code AwsCustomResource}'s singleton ({@code AWS679f53fac002430cb0da5b7982bd2287}), the log
   * retention and bucket notification handlers, custom resource providers and the provider
   * framework's {@code framework-onEvent}/{@code -isComplete}/{@code -onTimeout}, bucket
   * deployments and other {@code SingletonLambda…} functions.
   */
  private static final Pattern CDK_LIBRARY_NAME = Pattern.compile(
      "AWS679f53fac002430cb0da5b7982bd2287.*|LogRetention[0-9a-fA-F]{32}.*|BucketNotificationsHandler[0-9a-fA-F]{32}.*"
          + "|.*CustomResourceProvider.*|SingletonLambda.*|(Custom::?)?CDKBucketDeployment.*"
          + "|framework-(onEvent|isComplete|onTimeout)|.*framework(onEvent|isComplete|onTimeout)[0-9A-F]{8}");

  /**
   * Whether a CDK library generated this function for its own use (see {@link #CDK_LIBRARY_NAME}),
   * told by its logical id or, when the resource has {@code aws:cdk:path} metadata, by a construct
   * id on that path. Its runtime, memory, timeout and logging are the library's, not the user's to
   * configure. A user's own function in a CDK app is not one of them.
   */
  public boolean isGeneratedByCdkLibrary() {
    if (CDK_LIBRARY_NAME.matcher(logicalId()).matches()) return true;
    Optional<String> path = cdkPath();
    if (path.isEmpty()) return false;
    for (String segment : path.get().split("/")) {
      if (CDK_LIBRARY_NAME.matcher(segment).matches()) return true;
    }
    return false;
  }

  /**
   * Where the function's logs go: the template's log group that {@code LoggingConfig.LogGroup}
   * names, or the {@code /aws/lambda/<name>} group Lambda writes to, of the template or created by
   * Lambda (see {@link LogGroup.Destination}).
   */
  public LogGroup.Destination logDestination() {
    return LogGroup.destinationOf(this);
  }

  /** The layers of {@link #layers()} that the template defines, in the function's order ({@code !Ref DepsLayer}). */
  public List<Layer> templateLayers() {
    return layers().stream().flatMap(l -> template.referencedResource(l).flatMap(Layer::of).stream()).toList();
  }

  /**
   * What the function's role lets it do ({@link Permissions}): policy templates, inline and attached
   * statements (JSON-string documents too), managed policies. Computed once per function.
   */
  public Permissions permissions() {
    return permissions.get();
  }

  /** Whether {@code statement} applies to the function: its own, its role's, or a policy's attached to its role. */
  boolean appliesTo(PolicyStatement statement) {
    return appliesToMe(statement, roleIds());
  }

  /**
   * The API Gateway integrations of the template that call the function and set how long they
   * wait ({@code responseTransferMode}, {@code timeoutInMillis}); see {@link Api.Integration}.
   */
  public List<Api.Integration> apiIntegrations() {
    return Api.integrationsOf(this);
  }

  /**
   * SnapStart as set, own or inherited from {@code Globals} (SAM merges the two maps): the value is
   * true when {@code ApplyOn} is known to be {@code PublishedVersions}, false when it is known to be
   * anything else or unset; the node is the {@code SnapStart} key (in {@code Globals} when inherited).
   * Empty when the function sets no {@code SnapStart}, or sets it (or its {@code ApplyOn}) to
   * something not knowable before deployment ({@code !If}, a parameter without {@code Default}).
   */
  public Optional<Setting<Boolean>> snapStartSetting() {
    Optional<MapNode.Entry> entry = properties.entry("SnapStart");
    if (entry.isEmpty()) return Optional.empty();
    Optional<MapNode> map = entry.get().value().asMap().filter(m -> !m.isIntrinsic());
    if (map.isEmpty()) return Optional.empty();
    Resolved applyOn = template.evaluate(map.get().get("ApplyOn").orElse(null));
    if (applyOn instanceof Resolved.Unknowable) return Optional.empty();
    boolean on = applyOn.knownText().map(v -> v.strip().equals("PublishedVersions")).orElse(false);
    return Optional.of(Setting.setBy(on, entry.get().key()));
  }

  /** Whether SnapStart is known to be on ({@link #snapStartSetting()} true). */
  public boolean isSnapStartOn() {
    return snapStartSetting().map(Setting::value).orElse(false);
  }

  /** The function's published versions and aliases, and which triggers call {@code $LATEST} ({@link PublishedVersions}). */
  public PublishedVersions publishedVersions() {
    return publishedVersions.get();
  }

  /**
   * What each trigger of the function hands its handler ({@link TriggerPayload}), in
   * {@link #events()} order; a permission left out when another trigger of its kind is what uses
   * it. Empty when the payload of any trigger is unknown, or when a resource invokes the function
   * in a way no trigger models (a custom resource, a Firehose processor, a destination, a
   * permission for another account, an alias's triggers…). An empty list: the template declares no
   * trigger at all (code invokes the function).
   */
  public Optional<List<TriggerPayload>> triggerPayloads() {
    if (TriggerPayload.hiddenInvoker(this).isPresent()) return Optional.empty();
    List<TriggerPayload> result = new ArrayList<>();
    for (EventSource source : events()) {
      if (source.isPermission() && events().stream().anyMatch(s -> !s.isPermission() && s.kind() == source.kind())) continue;
      TriggerPayload payload = TriggerPayload.of(source, this);
      if (!payload.isKnown()) return Optional.empty();
      result.add(payload);
    }
    return Optional.of(List.copyOf(result));
  }

  /**
   * {@code ReservedConcurrentExecutions} (own, or inherited from SAM {@code Globals}) and the
   * property that sets it; empty when unset or set to something not knowable before deployment.
   */
  public Optional<Setting<Long>> reservedConcurrency() {
    Optional<MapNode.Entry> entry = properties.entry("ReservedConcurrentExecutions");
    if (entry.isEmpty()) return Optional.empty();
    return template.evaluate(entry.get().value()) instanceof Resolved.Known k
        ? k.number().map(v -> Setting.setBy(v, entry.get().key())) : Optional.empty();
  }

  /**
   * The function's Lambda Managed Instances settings, when {@code CapacityProviderConfig} is written
   * as a map (SAM's flat {@code CapacityProviderConfig: {Arn, PerExecutionEnvironmentMaxConcurrency}}
   * or CloudFormation's {@code CapacityProviderConfig: {LambdaManagedInstancesCapacityProviderConfig:
   * {CapacityProviderArn, …}}}); empty when unset or written as an intrinsic ({@code !If}) that may or
   * may not put the function there. See {@link #isOnManagedInstances()} for the looser test.
   */
  public Optional<ManagedInstances> managedInstances() {
    Optional<MapNode> config = properties.getMap("CapacityProviderConfig").filter(m -> !m.isIntrinsic());
    if (config.isEmpty()) return Optional.empty();
    MapNode settings = isSam() ? config.get()
        : config.get().getMap("LambdaManagedInstancesCapacityProviderConfig").filter(m -> !m.isIntrinsic()).orElse(null);
    if (settings == null) return Optional.empty();
    Resolved perEnvironment = template.evaluate(settings.get("PerExecutionEnvironmentMaxConcurrency").orElse(null));
    return Optional.of(new ManagedInstances(properties.keyNode("CapacityProviderConfig").orElseThrow(), perEnvironment));
  }

  /**
   * A function's Lambda Managed Instances configuration.
   *
   * @param key the {@code CapacityProviderConfig} key
   * @param perExecutionEnvironmentMaxConcurrency how many requests one execution environment serves
   *     at once (for Java, as many threads); absent means AWS's default (32 per vCPU for Java)
   */
  public record ManagedInstances(ScalarNode key, Resolved perExecutionEnvironmentMaxConcurrency) {
    /** True when the function is known to serve one request at a time per environment ({@code PerExecutionEnvironmentMaxConcurrency: 1}). */
    public boolean servesOneRequestAtATime() {
      return perExecutionEnvironmentMaxConcurrency instanceof Resolved.Known k && k.number().map(n -> n == 1).orElse(false);
    }
  }

  /**
   * The function's environment variables with Globals merged, and whether the template says all of
   * them ({@link FunctionEnvironment}). Computed once per function.
   */
  public FunctionEnvironment resolvedEnvironment() {
    return resolvedEnvironment.get();
  }

  @Override
  public String toString() {
    return logicalId();
  }
}
