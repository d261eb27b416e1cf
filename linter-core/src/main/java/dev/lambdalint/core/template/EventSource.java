package dev.lambdalint.core.template;

import java.util.List;
import java.util.Optional;

/**
 * Something that invokes a function: a SAM event, or in plain CloudFormation an event source
 * mapping, a permission for a service, an EventBridge rule target, an SNS subscription, an S3
 * notification.
 *
 * @param name the SAM event key, or the logical id of the resource that declares the source
 * @param anchor where findings about this source start (the catalog's contract): SAM event key,
 *     mapping / permission / subscription logical-id key, rule target list item
 * @param properties the event's settings: SAM event {@code Properties}, the declaring resource's
 *     properties, or the target item
 * @param sourceNode the queue/stream/bucket/topic value, when the source names one
 */
public record EventSource(
    String name,
    EventKind kind,
    EventKind.Invocation invocation,
    DeclaredAs declaredAs,
    Node anchor,
    MapNode properties,
    Optional<Node> sourceNode,
    Optional<Resource> sourceResource,
    Template template) {

  /** How the template declares the source. */
  public enum DeclaredAs {
    SAM_EVENT,
    EVENT_SOURCE_MAPPING,
    PERMISSION,
    EVENTS_RULE_TARGET,
    SNS_SUBSCRIPTION,
    S3_NOTIFICATION,
    /**
     * A resource that names the function as what it calls: a user-pool trigger, an API Gateway or
     * IoT authorizer, an AppSync data source, a Step Functions task, an API Gateway integration,
     * an ALB target, a function URL (SAM {@code FunctionUrlConfig} too), an IoT rule action, a Lex
     * code hook, an EventBridge Scheduler target.
     */
    RESOURCE_REFERENCE
  }

  public boolean isAsync() {
    return invocation == EventKind.Invocation.ASYNC;
  }

  /** Declared as an event under the function's SAM {@code Events} (not by another resource naming it). */
  public boolean isSamEvent() {
    return declaredAs == DeclaredAs.SAM_EVENT;
  }

  public boolean isPoll() {
    return invocation == EventKind.Invocation.POLL;
  }

  public boolean isSync() {
    return invocation == EventKind.Invocation.SYNC;
  }

  /** Whether the invoker is not knowable from the template: rules that depend on it stay silent. */
  public boolean isUnknown() {
    return invocation == EventKind.Invocation.UNKNOWN;
  }

  /** {@code BatchSize} as set (resolved through parameter defaults); empty when unset or unknowable. */
  public Optional<Long> batchSize() {
    return properties.get("BatchSize").flatMap(template::number);
  }

  /** {@code FunctionResponseTypes} literals, e.g. {@code ReportBatchItemFailures}. */
  public List<String> functionResponseTypes() {
    return properties.getList("FunctionResponseTypes")
        .map(l -> l.items().stream().flatMap(i -> template.literal(i).stream()).toList())
        .orElse(List.of());
  }

  /**
   * Whether the source turns on partial batch responses ({@code FunctionResponseTypes} lists
   * {@code ReportBatchItemFailures}): false when unset; empty when the setting cannot be read (it is
   * no list, or one of its items is not knowable).
   */
  public Optional<Boolean> reportsBatchItemFailures() {
    Optional<Node> setting = properties.get("FunctionResponseTypes");
    if (setting.isEmpty()) return Optional.of(false);
    Optional<ListNode> list = setting.get().asList();
    if (list.isEmpty()) return Optional.empty();
    List<String> values = functionResponseTypes();
    if (values.size() != list.get().size()) return Optional.empty(); // an intrinsic among them
    return Optional.of(values.contains("ReportBatchItemFailures"));
  }

  /** {@code MaximumBatchingWindowInSeconds}: 0 when unset; empty when set to something unknowable. */
  public Optional<Long> maximumBatchingWindowInSeconds() {
    return numberOrDefault("MaximumBatchingWindowInSeconds", 0);
  }

  /** {@code MaximumRetryAttempts} of a stream source: -1 (retry until the record expires) when unset; empty when unknowable. */
  public Optional<Long> maximumRetryAttempts() {
    return numberOrDefault("MaximumRetryAttempts", -1);
  }

  /** {@code MaximumRecordAgeInSeconds} of a stream source: -1 (no limit) when unset; empty when unknowable. */
  public Optional<Long> maximumRecordAgeInSeconds() {
    return numberOrDefault("MaximumRecordAgeInSeconds", -1);
  }

  /**
   * {@code DestinationConfig.OnFailure} of the source (SAM stream event, event source mapping, or
   * {@code DestinationConfig} of an SNS/EventBridge target alike): present when set to anything.
   */
  public Optional<Node> onFailure() {
    return properties.getMap("DestinationConfig").flatMap(d -> d.get("OnFailure"));
  }

  /**
   * True when {@code property} is set to an intrinsic whose value cannot be known from the template
   * ({@code !If}, {@code !ImportValue}, a {@code !Ref} to a parameter without {@code Default}…):
   * rules stay silent rather than guess.
   */
  public boolean isUnknowable(String property) {
    return properties.get(property).map(v -> template.resolve(v).isIntrinsic()).orElse(false);
  }

  private Optional<Long> numberOrDefault(String key, long defaultValue) {
    Optional<Node> value = properties.get(key);
    return value.isEmpty() ? Optional.of(defaultValue) : template.number(value.get());
  }

  /** Lambda's {@code BatchSize} when an SQS source leaves it unset. */
  public static final long SQS_DEFAULT_BATCH_SIZE = 10;
  /** Lambda's {@code BatchSize} when a Kinesis or DynamoDB stream source leaves it unset. */
  public static final long STREAM_DEFAULT_BATCH_SIZE = 100;

  /**
   * {@code BatchSize} and where it comes from: the {@code BatchSize} key when set (empty when its
   * value is not knowable), else Lambda's default for an SQS ({@value #SQS_DEFAULT_BATCH_SIZE}),
   * Kinesis or DynamoDB ({@value #STREAM_DEFAULT_BATCH_SIZE}) source; empty when unset on any other kind.
   */
  public Optional<Setting<Long>> batchSizeSetting() {
    Optional<MapNode.Entry> entry = properties.entry("BatchSize");
    if (entry.isPresent()) return template.number(entry.get().value()).map(v -> Setting.setBy(v, entry.get().key()));
    return switch (kind) {
      case SQS -> Optional.of(Setting.defaulted(SQS_DEFAULT_BATCH_SIZE));
      case KINESIS, DYNAMODB -> Optional.of(Setting.defaulted(STREAM_DEFAULT_BATCH_SIZE));
      default -> Optional.empty();
    };
  }

  /**
   * Whether the source declares a {@code DeadLetterConfig} in any form (SAM {@code EventBridgeRule},
   * {@code Schedule}, {@code CloudWatchEvent} events; an EventBridge rule target).
   */
  public boolean hasDeadLetterConfig() {
    return properties.has("DeadLetterConfig");
  }

  /** Whether the source declares a {@code RedrivePolicy} in any form (SAM {@code SNS} event, SNS subscription). */
  public boolean hasRedrivePolicy() {
    return properties.has("RedrivePolicy");
  }

  /**
   * How the template spells the source, in a message's words: {@code SQS event Fulfil},
   * {@code event source mapping OrdersMapping}, {@code permission AllowS3}, {@code EventBridge rule
   * Nightly}, {@code SNS subscription Sub}, {@code notification of bucket Uploads}, {@code API
   * Gateway method GetOrder}, {@code FunctionUrlConfig}.
   */
  public String describe() {
    return EventSourceWording.describe(this);
  }

  /** {@link #describe()}, with a permission named by its service: {@code API Gateway permission AllowApi}. */
  public String describeWithService() {
    return EventSourceWording.describeWithService(this);
  }

  /** Declared by an {@code AWS::Lambda::Permission} alone: half a trigger, the other half is the resource that uses it. */
  public boolean isPermission() {
    return declaredAs == DeclaredAs.PERMISSION;
  }

  /** Whether the source sets a {@code Filter} (an S3 event's or bucket notification's key filter). */
  public boolean hasFilter() {
    return properties.has("Filter");
  }

  /** The {@code FunctionName} an event source mapping names (a function of the template or not). */
  public Optional<Node> functionName() {
    return properties.get("FunctionName");
  }

  /**
   * The APIs the source names ({@link Api}): a SAM {@code Api}/{@code HttpApi} event's
   * {@code RestApiId}/{@code ApiId}, the APIs a permission's {@code SourceArn} mentions.
   */
  public List<Api> apis() {
    return Api.namedBy(this);
  }

  /** Whether a SAM {@code Api}/{@code HttpApi} event sets its own integration {@code TimeoutInMillis}, to anything. */
  public boolean setsIntegrationTimeout() {
    return properties.has("TimeoutInMillis");
  }

  /** The event's integration {@code TimeoutInMillis}; empty when unset or not knowable. */
  public Optional<Long> integrationTimeoutMillis() {
    return properties.get("TimeoutInMillis").flatMap(template::number);
  }
  /**
   * {@code ScalingConfig.MaximumConcurrency} of an SQS source (a SAM {@code SQS} event passes
   * {@code ScalingConfig} straight to its event source mapping): absent when neither is set, known,
   * or unknowable when either is written as an intrinsic that cannot be read.
   */
  public Resolved maximumConcurrency() {
    Optional<Node> scaling = properties.get("ScalingConfig");
    if (scaling.isEmpty()) return new Resolved.Absent();
    Resolved config = template.evaluate(scaling.get());
    if (config.isAbsent()) return config;
    Optional<MapNode> map = scaling.get().asMap().filter(m -> !m.isIntrinsic());
    if (map.isEmpty()) return new Resolved.Unknowable(scaling.get().typed());
    return template.evaluate(map.get().get("MaximumConcurrency").orElse(null));
  }

  /** The node of {@code ScalingConfig.MaximumConcurrency}, when written. */
  public Optional<Node> maximumConcurrencyNode() {
    return properties.getMap("ScalingConfig").flatMap(m -> m.get("MaximumConcurrency"));
  }

  /**
   * Whether the source runs in provisioned mode ({@code ProvisionedPollerConfig}, set to anything):
   * its pollers are sized by that configuration, and {@code MaximumConcurrency} cannot be used with it.
   */
  public boolean usesProvisionedPollers() {
    return properties.get("ProvisionedPollerConfig").map(v -> !template.evaluate(v).isAbsent()).orElse(false);
  }

  /**
   * Whether the source is switched off: {@code Enabled: false} (an event source mapping's or a SAM
   * poll event's); false when unset, true, or not knowable.
   */
  public boolean isDisabled() {
    return properties.get("Enabled").map(template::evaluate)
        .flatMap(Resolved::knownText).map(t -> t.equalsIgnoreCase("false")).orElse(false);
  }
}
