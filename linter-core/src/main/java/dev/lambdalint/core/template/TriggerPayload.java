package dev.lambdalint.core.template;

import dev.lambdalint.core.model.DataTable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one trigger hands a Java handler: the {@code aws-lambda-java-events} classes that model its
 * payload ({@code trigger-event-classes.tsv} beside this class), or unknown. Unknown covers every
 * payload the template does not pin down: a custom {@code Input}/{@code InputPath}/
 * {@code InputTransformer}, EventBridge Scheduler, IoT rules, DocumentDB, authorizers, AppSync,
 * Step Functions, API Gateway non-proxy integrations, an API whose OpenAPI definition lies in
 * another file or sets its own integration, an HTTP API integration without a readable
 * {@code PayloadFormatVersion}, and any setting written as an intrinsic that cannot be known.
 *
 * @param source the trigger
 * @param key the table row that says what it delivers ({@code HttpApi[PayloadFormatVersion=2.0]});
 *     empty when the payload is unknown
 * @param eventClasses the fully qualified classes a handler may take; empty when unknown
 * @param detail what decided the payload, for messages ({@code payload format 2.0, the default});
 *     empty when nothing needs saying
 */
public record TriggerPayload(EventSource source, Optional<String> key, Set<String> eventClasses, String detail) {
  static final String RESOURCE = "trigger-event-classes.tsv";
  private static final String EVENTS = "com.amazonaws.services.lambda.runtime.events.";
  private static final Map<String, Set<String>> TABLE = load();

  public boolean isKnown() {
    return key.isPresent();
  }

  /** Whether the trigger delivers {@code fqn} (a handler taking it fits). */
  public boolean delivers(String fqn) {
    return eventClasses.contains(fqn);
  }

  /** The classes by simple name, {@code S3Event or S3EventNotification}. */
  public String classNames() {
    return String.join(" or ", eventClasses.stream().map(c -> c.substring(c.lastIndexOf('.') + 1)).toList());
  }

  /**
   * The trigger in a message's words, with what decided its payload: {@code HttpApi event GetOrder
   * (payload format 2.0, the default)}, {@code event source mapping Orders (SQS)}.
   */
  public String describe() {
    String text = source.describeWithService();
    if (source.declaredAs() == EventSource.DeclaredAs.EVENT_SOURCE_MAPPING && source.kind() != EventKind.OTHER) {
      text += " (" + source.kind().typeName() + ")";
    }
    return detail.isEmpty() ? text : text + " (" + detail + ")";
  }

  /** Every row of the table, by key (for tests and docs). */
  public static Map<String, Set<String>> table() {
    return TABLE;
  }

  static TriggerPayload unknown(EventSource source) {
    return new TriggerPayload(source, Optional.empty(), Set.of(), "");
  }

  static TriggerPayload of(EventSource source, String key, String detail) {
    Set<String> classes = TABLE.get(key);
    return classes == null ? unknown(source) : new TriggerPayload(source, Optional.of(key), classes, detail);
  }

  /** Kinds whose permission alone tells the payload: the service invokes the function in one way only. */
  private static final Set<EventKind> PERMISSION_KINDS = Set.of(EventKind.S3, EventKind.SNS, EventKind.CLOUDWATCH_LOGS, EventKind.ALB);

  /** What {@code source}, a trigger of {@code function}, delivers; decided here for every rule. */
  static TriggerPayload of(EventSource source, Function function) {
    Template t = source.template();
    MapNode p = source.properties();
    if (source.isPermission() && !PERMISSION_KINDS.contains(source.kind())) return unknown(source);
    return switch (source.kind()) {
      case S3 -> of(source, "S3", "");
      case SQS -> of(source, "SQS", "");
      case SNS -> of(source, "SNS", "");
      case KINESIS -> of(source, "Kinesis", "");
      case DYNAMODB -> of(source, "DynamoDB", "");
      case MSK, SELF_MANAGED_KAFKA -> of(source, "Kafka", "");
      case CLOUDWATCH_LOGS -> of(source, "CloudWatchLogs", "");
      case MQ -> mq(source);
      case SCHEDULE, CLOUDWATCH_EVENT, EVENT_BRIDGE_RULE -> hasCustomInput(p) ? unknown(source) : of(source, "EventBridge", "");
      case COGNITO, COGNITO_CUSTOM_SENDER -> cognito(source);
      case FUNCTION_URL -> of(source, "FunctionUrl", "");
      case ALB -> of(source, "ALB", "");
      case LEX -> of(source, "LexV2", "");
      case API -> restApi(source, function);
      case HTTP_API -> httpApi(source, function);
      case WEBSOCKET_API -> source.declaredAs() == EventSource.DeclaredAs.RESOURCE_REFERENCE && isProxy(t, p, "IntegrationType")
          ? of(source, "WebSocketApi[AWS_PROXY]", "") : unknown(source);
      default -> unknown(source); // ScheduleV2, IoT, DocumentDB, Alexa, authorizers, AppSync, Step Functions, other
    };
  }

  /** {@code Input}, {@code InputPath} or {@code InputTransformer} replace the matched event with what they say. */
  private static boolean hasCustomInput(MapNode p) {
    return p.has("Input") || p.has("InputPath") || p.has("InputTransformer");
  }

  private static TriggerPayload mq(EventSource source) {
    Optional<Resource> broker = source.sourceResource().filter(r -> r.isType("AWS::AmazonMQ::Broker"));
    if (broker.isEmpty()) return of(source, "MQ", "");
    Optional<Node> engine = broker.get().properties().get("EngineType");
    Optional<String> type = engine.flatMap(source.template()::literal).map(e -> e.strip().toUpperCase(Locale.ROOT));
    if (type.isEmpty()) return engine.isPresent() ? unknown(source) : of(source, "MQ", "");
    return of(source, "MQ[EngineType=" + type.get() + "]", "broker " + broker.get().logicalId() + " runs " + type.get());
  }

  /**
   * A Cognito user-pool trigger: SAM {@code Trigger} (one name or a list), or the
   * {@code LambdaConfig} key of an {@code AWS::Cognito::UserPool} (its anchor).
   */
  private static TriggerPayload cognito(EventSource source) {
    Template t = source.template();
    List<String> triggers = new ArrayList<>();
    if (source.isSamEvent()) {
      Optional<Node> trigger = source.properties().get("Trigger");
      if (trigger.isEmpty()) return unknown(source);
      List<Node> items = trigger.get().asList().map(ListNode::items).orElse(List.of(trigger.get()));
      for (Node item : items) {
        Optional<String> name = t.literal(item);
        if (name.isEmpty()) return unknown(source);
        triggers.add(name.get());
      }
    } else if (source.declaredAs() == EventSource.DeclaredAs.RESOURCE_REFERENCE) {
      source.anchor().literal().map(n -> n.equals("PreTokenGenerationConfig") ? "PreTokenGeneration" : n).ifPresent(triggers::add);
    }
    if (triggers.isEmpty()) return unknown(source);
    Set<String> classes = new LinkedHashSet<>();
    for (String trigger : triggers) {
      Set<String> row = TABLE.get("Cognito[Trigger=" + trigger + "]");
      if (row == null) return unknown(source);
      classes.addAll(row);
    }
    String key = "Cognito[Trigger=" + String.join(",", triggers) + "]";
    // a user-pool trigger's own name already says which trigger it is
    String detail = source.isSamEvent() ? "trigger " + String.join(", ", triggers) : "";
    return new TriggerPayload(source, Optional.of(key), Collections.unmodifiableSet(classes), detail);
  }

  /**
   * A REST API proxy integration: a SAM {@code Api} event (unless its API's OpenAPI definition is
   * read from elsewhere or sets an integration that calls the function itself), or an
   * {@code AWS::ApiGateway::Method} whose {@code Integration.Type} is {@code AWS_PROXY}.
   */
  private static TriggerPayload restApi(EventSource source, Function function) {
    if (source.isSamEvent()) return definitionDecides(source, function) ? unknown(source) : of(source, "RestApi[AWS_PROXY]", "");
    if (source.declaredAs() == EventSource.DeclaredAs.RESOURCE_REFERENCE && isProxy(source.template(), source.properties(), "Type")) {
      return of(source, "RestApi[AWS_PROXY]", "");
    }
    return unknown(source);
  }

  /**
   * An HTTP API: a SAM {@code HttpApi} event's {@code PayloadFormatVersion} ({@code 2.0} when
   * unset, SAM's default), or an {@code AWS::ApiGatewayV2::Integration}'s, which CloudFormation
   * requires: unset there, the payload is unknown.
   */
  private static TriggerPayload httpApi(EventSource source, Function function) {
    Template t = source.template();
    MapNode p = source.properties();
    if (source.isSamEvent()) {
      if (definitionDecides(source, function)) return unknown(source);
      Optional<Node> version = p.get("PayloadFormatVersion");
      if (version.isEmpty()) return of(source, "HttpApi[PayloadFormatVersion=2.0]", "payload format 2.0, the default");
      return version.flatMap(t::literal).map(TriggerPayload::normalVersion)
          .map(v -> of(source, "HttpApi[PayloadFormatVersion=" + v + "]", "PayloadFormatVersion " + v))
          .orElseGet(() -> unknown(source));
    }
    if (source.declaredAs() != EventSource.DeclaredAs.RESOURCE_REFERENCE || !isProxy(t, p, "IntegrationType")) return unknown(source);
    return p.get("PayloadFormatVersion").flatMap(t::literal).map(TriggerPayload::normalVersion)
        .map(v -> of(source, "HttpApi[PayloadFormatVersion=" + v + "]", "PayloadFormatVersion " + v))
        .orElseGet(() -> unknown(source));
  }

  private static String normalVersion(String version) {
    String v = version.strip();
    return v.equals("1") ? "1.0" : v.equals("2") ? "2.0" : v;
  }

  private static boolean isProxy(Template t, MapNode p, String typeKey) {
    return p.get(typeKey).flatMap(t::literal).map(v -> v.strip().equalsIgnoreCase("AWS_PROXY")).orElse(false);
  }

  /**
   * Whether the API a SAM event names takes its routes from an OpenAPI definition that decides the
   * integration: one read from another file ({@code DefinitionUri}), or an inline
   * {@code DefinitionBody} that itself mentions the function (its own integration).
   */
  private static boolean definitionDecides(EventSource source, Function function) {
    for (Api api : source.apis()) {
      if (api.definitionIsExternal()) return true;
      Optional<Node> body = api.resource().properties().get("DefinitionBody").or(() -> api.resource().properties().get("Body"));
      if (body.isPresent() && source.template().mentionedIds(body.get()).contains(function.logicalId())) return true;
    }
    // an Api/HttpApi event whose RestApiId/ApiId cannot be followed to an API of the template
    String property = source.kind() == EventKind.API ? "RestApiId" : "ApiId";
    return source.properties().has(property) && source.apis().isEmpty();
  }

  /**
   * Resources that invoke the function but are no {@link EventSource}, so what they send is not
   * known: custom resources, Firehose processors, Config rules, rotation schedules, CodeCommit
   * triggers, CloudFront associations, S3 Object Lambda, Connect, alarm actions, SES receipt rules,
   * AppSync authorizers, EventBridge Pipes, Kinesis Analytics, another function's destination; a permission whose
   * principal no trigger kind covers (another account, a service such as Secrets Manager); and
   * anything that names an alias or version of the function (its triggers are not read).
   */
  static Optional<Resource> hiddenInvoker(Function function) {
    Template t = function.template();
    String id = function.logicalId();
    Set<String> permissionSources = new java.util.HashSet<>();
    for (EventSource s : function.events()) if (s.isPermission()) permissionSources.add(s.name());
    List<String> versions = new ArrayList<>(List.of(id + ".Alias", id + ".Version"));
    for (Resource r : t.resourcesMentioning(id)) {
      if (r.logicalId().equals(id)) continue;
      if (r.isType("AWS::Lambda::Alias", "AWS::Lambda::Version")) {
        if (t.referencedResource(r.properties().get("FunctionName").orElse(null)).map(f -> f.logicalId().equals(id)).orElse(false)) {
          versions.add(r.logicalId());
        }
        continue;
      }
      if (r.isType("AWS::Lambda::Permission")) {
        if (t.referencedResource(r.properties().get("FunctionName").orElse(null)).map(f -> f.logicalId().equals(id)).orElse(false)
            && !permissionSources.contains(r.logicalId())) {
          return Optional.of(r);
        }
        continue;
      }
      if (r.type().startsWith("Custom::") || HIDDEN_INVOKER_TYPES.contains(r.type())) return Optional.of(r);
      if (r.isType("AWS::CloudWatch::Alarm", "AWS::CloudWatch::CompositeAlarm")) {
        // an alarm's metric dimensions name the function too: only its actions invoke it
        for (String actions : List.of("AlarmActions", "OKActions", "InsufficientDataActions")) {
          Optional<Node> a = r.properties().get(actions);
          if (a.isPresent() && t.mentionedIds(a.get()).contains(id)) return Optional.of(r);
        }
      }
      if (r.isType(Function.SAM_TYPE, "AWS::Lambda::EventInvokeConfig")) {
        Optional<Node> destinations = r.properties().getMap("EventInvokeConfig").flatMap(c -> c.get("DestinationConfig"))
            .or(() -> r.properties().get("DestinationConfig"));
        if (destinations.isPresent() && t.mentionedIds(destinations.get()).contains(id)) return Optional.of(r);
      }
    }
    for (String version : versions) {
      for (Resource r : t.resourcesMentioning(version)) {
        if (!r.logicalId().equals(id) && !r.isType("AWS::Lambda::Alias", "AWS::Lambda::Version")) return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static final Set<String> HIDDEN_INVOKER_TYPES = Set.of("AWS::CloudFormation::CustomResource",
      "AWS::KinesisFirehose::DeliveryStream", "AWS::Config::ConfigRule", "AWS::SecretsManager::RotationSchedule",
      "AWS::CodeCommit::Repository", "AWS::CloudFront::Distribution", "AWS::S3ObjectLambda::AccessPoint",
      "AWS::Connect::IntegrationAssociation", "AWS::SES::ReceiptRule", "AWS::AppSync::GraphQLApi", "AWS::Pipes::Pipe",
      "AWS::KinesisAnalyticsV2::Application", "AWS::KinesisAnalytics::ApplicationOutput");

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> rows = new LinkedHashMap<>();
    DataTable data = DataTable.read(TriggerPayload.class, RESOURCE, "\t", 3, null);
    for (List<String> row : data.rows()) {
      Set<String> classes = new LinkedHashSet<>();
      for (String c : row.get(1).split(",")) {
        data.require(c.strip().startsWith(EVENTS), row, "not an events class: " + c);
        classes.add(c.strip());
      }
      data.require(rows.put(row.get(0), Collections.unmodifiableSet(classes)) == null, row, "key twice");
    }
    return Collections.unmodifiableMap(rows);
  }
}
