package dev.lambdalint.core.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds every trigger of one function — its SAM events and the CloudFormation resources pointing at
 * it — and decides, in this one place, how each invokes it: synchronously, asynchronously, by
 * polling, or not knowably (see the catalog's LL2xx preamble). Rules ask
 * {@link EventSource#invocation()}, never re-derive it.
 */
final class EventSources {
  /** The SAM event property that names the source resource, per event type. */
  private static final Map<EventKind, String> SAM_SOURCE_PROPERTY = Map.of(
      EventKind.SQS, "Queue",
      EventKind.KINESIS, "Stream",
      EventKind.DYNAMODB, "Stream",
      EventKind.MSK, "Stream",
      EventKind.S3, "Bucket",
      EventKind.SNS, "Topic",
      EventKind.MQ, "Broker",
      EventKind.DOCUMENT_DB, "Cluster");
  /** The two Cognito user-pool triggers Cognito does not wait for. */
  private static final Set<String> COGNITO_CUSTOM_SENDERS = Set.of("CustomEmailSender", "CustomSMSSender");
  /** A Step Functions Lambda task asking for an asynchronous invocation ({@code "InvocationType": "Event"}). */
  private static final Pattern EVENT_INVOCATION_TYPE = Pattern.compile("\"InvocationType\"\\s*:\\s*\"Event\"");

  private EventSources() {}

  static List<EventSource> of(Function function) {
    Template t = function.template();
    List<EventSource> sources = new ArrayList<>(samEvents(function));
    // References first: how a permission's principal invokes depends on what else names the function.
    Map<Resource, List<EventSource>> referencesByResource = new LinkedHashMap<>();
    List<EventSource> references = new ArrayList<>();
    ownUrlConfig(function).ifPresent(references::add);
    // Every trigger below is declared by a resource that mentions the function (Ref, GetAtt, Sub):
    // the template's index gives those, in document order, instead of a walk over every resource
    // per function (10 000 functions took 156 s and 2.8 GB).
    List<Resource> mentioning = t.resourcesMentioning(function.logicalId());
    for (Resource r : mentioning) {
      List<EventSource> found = references(r, function);
      if (!found.isEmpty()) referencesByResource.put(r, found);
      references.addAll(found);
    }
    for (Resource r : mentioning) {
      MapNode p = r.properties();
      switch (r.type()) {
        case "AWS::Lambda::EventSourceMapping" -> {
          if (pointsAt(t, p.get("FunctionName"), function)) sources.add(eventSourceMapping(r));
        }
        case "AWS::Lambda::Permission" -> {
          if (pointsAt(t, p.get("FunctionName"), function)) permission(r, references).ifPresent(sources::add);
        }
        case "AWS::Events::Rule" -> sources.addAll(ruleTargets(r, function));
        case "AWS::SNS::Subscription" -> {
          if (isLambdaProtocol(t, p) && pointsAt(t, p.get("Endpoint"), function)) {
            sources.add(new EventSource(r.logicalId(), EventKind.SNS, EventKind.Invocation.ASYNC,
                EventSource.DeclaredAs.SNS_SUBSCRIPTION, r.keyNode(), p, p.get("TopicArn"),
                t.referencedResource(p.get("TopicArn").orElse(null)), t));
          }
        }
        case "AWS::SNS::Topic" -> p.getList("Subscription").ifPresent(subs -> subs.items().forEach(item ->
            item.asMap().filter(m -> isLambdaProtocol(t, m) && pointsAt(t, m.get("Endpoint"), function))
                .ifPresent(m -> sources.add(new EventSource(r.logicalId(), EventKind.SNS, EventKind.Invocation.ASYNC,
                    EventSource.DeclaredAs.SNS_SUBSCRIPTION, item, m, Optional.of(r.keyNode()), Optional.of(r), t)))));
        case "AWS::S3::Bucket" -> p.getMap("NotificationConfiguration").flatMap(n -> n.getList("LambdaConfigurations"))
            .ifPresent(configs -> configs.items().forEach(item -> item.asMap()
                .filter(m -> pointsAt(t, m.get("Function"), function))
                .ifPresent(m -> sources.add(new EventSource(r.logicalId(), EventKind.S3, EventKind.Invocation.ASYNC,
                    EventSource.DeclaredAs.S3_NOTIFICATION, item, m, Optional.of(r.keyNode()), Optional.of(r), t)))));
        default -> sources.addAll(referencesByResource.getOrDefault(r, List.of()));
      }
    }
    ownUrlConfig(function).ifPresent(sources::add);
    return List.copyOf(sources);
  }

  private static List<EventSource> samEvents(Function function) {
    Template t = function.template();
    List<EventSource> result = new ArrayList<>();
    function.properties().getMap("Events").ifPresent(events -> events.entries().forEach(e -> {
      MapNode event = e.value().asMap().orElse(null);
      if (event == null) return;
      EventKind kind = t.literal(event.get("Type").orElse(null)).map(EventKind::ofSamType).orElse(EventKind.OTHER);
      MapNode props = event.getMap("Properties").orElseGet(() -> Resource.emptyAt(e.key()));
      if (kind == EventKind.COGNITO && samCognitoTriggers(t, props).stream().anyMatch(COGNITO_CUSTOM_SENDERS::contains)) {
        kind = EventKind.COGNITO_CUSTOM_SENDER;
      }
      Optional<Node> source = Optional.ofNullable(SAM_SOURCE_PROPERTY.get(kind)).flatMap(props::get);
      result.add(new EventSource(e.name(), kind, kind.invocation(), EventSource.DeclaredAs.SAM_EVENT, e.key(), props,
          source, t.referencedResource(source.orElse(null)), t));
    }));
    return result;
  }

  /** A SAM {@code Cognito} event's {@code Trigger}: one name or a list of them. */
  private static List<String> samCognitoTriggers(Template t, MapNode props) {
    return props.get("Trigger").map(trigger -> trigger.asList().map(l -> l.items().stream().flatMap(i -> t.literal(i).stream()).toList())
        .orElseGet(() -> t.literal(trigger).stream().toList())).orElse(List.of());
  }

  static EventSource eventSourceMapping(Resource mapping) {
    Template t = mapping.template();
    MapNode p = mapping.properties();
    Optional<Node> arn = p.get("EventSourceArn");
    Optional<Resource> source = t.referencedResource(arn.orElse(null));
    EventKind kind = source.map(s -> EventKind.ofSourceResourceType(s.type()))
        .or(() -> arn.flatMap(t::literal).map(EventKind::ofArn))
        .orElse(EventKind.OTHER);
    if (kind == EventKind.OTHER && p.has("SelfManagedEventSource")) kind = EventKind.SELF_MANAGED_KAFKA;
    return new EventSource(mapping.logicalId(), kind, EventKind.Invocation.POLL, EventSource.DeclaredAs.EVENT_SOURCE_MAPPING,
        mapping.keyNode(), p, arn, source, t);
  }

  /**
   * A permission for a service principal. The principal alone does not always say how the service
   * invokes: {@code iot.amazonaws.com} is a rule (asynchronous) or an authorizer (synchronous),
   * {@code cognito-idp.amazonaws.com} a waiting trigger or a custom sender, and
   * {@code apigateway.amazonaws.com} an API, a WebSocket API or an authorizer. The resources that
   * name the function, and the permission's {@code SourceArn}, decide.
   */
  private static Optional<EventSource> permission(Resource permission, List<EventSource> references) {
    Template t = permission.template();
    MapNode p = permission.properties();
    Optional<EventKind> principal = p.get("Principal").flatMap(t::literal).flatMap(EventKind::ofServicePrincipal);
    if (principal.isEmpty()) return Optional.empty();
    Node sourceArn = p.get("SourceArn").orElse(null);
    EventKind kind = switch (principal.get()) {
      case COGNITO -> {
        boolean senders = references.stream().anyMatch(s -> s.kind() == EventKind.COGNITO_CUSTOM_SENDER);
        boolean waiting = references.stream().anyMatch(s -> s.kind() == EventKind.COGNITO);
        yield senders && !waiting ? EventKind.COGNITO_CUSTOM_SENDER : EventKind.COGNITO;
      }
      case IOT -> iotKind(t, sourceArn, references);
      case API -> apiGatewayKind(t, sourceArn, references);
      default -> principal.get();
    };
    return Optional.of(new EventSource(permission.logicalId(), kind, kind.invocation(), EventSource.DeclaredAs.PERMISSION,
        permission.keyNode(), p, p.get("SourceArn"), t.referencedResource(sourceArn), t));
  }

  private static EventKind iotKind(Template t, Node sourceArn, List<EventSource> references) {
    boolean rule = references.stream().anyMatch(s -> s.kind() == EventKind.IOT_RULE);
    boolean authorizer = references.stream().anyMatch(s -> s.kind() == EventKind.IOT_AUTHORIZER);
    String arn = sourceArn == null ? "" : flatText(sourceArn);
    rule |= arn.contains(":rule/") || mentionsType(t, sourceArn, "AWS::IoT::TopicRule");
    authorizer |= arn.contains(":authorizer/") || mentionsType(t, sourceArn, "AWS::IoT::Authorizer");
    if (rule == authorizer) return EventKind.IOT; // neither, or both: not knowable
    return rule ? EventKind.IOT_RULE : EventKind.IOT_AUTHORIZER;
  }

  private static EventKind apiGatewayKind(Template t, Node sourceArn, List<EventSource> references) {
    if (sourceArn != null) {
      // the resources the ARN mentions, not every API of the template per permission
      for (String id : t.mentionedIds(sourceArn)) {
        Optional<Resource> api = t.resource(id).filter(r -> r.isType("AWS::ApiGatewayV2::Api"));
        if (api.isPresent() && isWebSocket(t, api.get())) return EventKind.WEBSOCKET_API;
      }
      if (flatText(sourceArn).contains("/authorizers/")) return EventKind.API_AUTHORIZER;
    }
    boolean authorizer = references.stream().anyMatch(s -> s.kind() == EventKind.API_AUTHORIZER);
    boolean integration = references.stream().anyMatch(s -> s.kind() == EventKind.API || s.kind() == EventKind.HTTP_API
        || s.kind() == EventKind.WEBSOCKET_API);
    if (authorizer && !integration) return EventKind.API_AUTHORIZER;
    if (!authorizer && !references.isEmpty() && references.stream().allMatch(s -> s.kind() == EventKind.WEBSOCKET_API)) {
      return EventKind.WEBSOCKET_API;
    }
    return EventKind.API;
  }

  /** SAM {@code FunctionUrlConfig}: a function URL, whose caller waits. */
  private static Optional<EventSource> ownUrlConfig(Function function) {
    return function.properties().entry("FunctionUrlConfig").map(e -> reference(function.template(), "FunctionUrlConfig",
        EventKind.FUNCTION_URL, e.key(), e.value().asMap().orElseGet(() -> Resource.emptyAt(e.key())), Optional.empty()));
  }

  /** The triggers {@code r} declares for {@code function} by naming it (see {@link EventSource.DeclaredAs#RESOURCE_REFERENCE}). */
  private static List<EventSource> references(Resource r, Function function) {
    Template t = r.template();
    MapNode p = r.properties();
    List<EventSource> result = new ArrayList<>();
    switch (r.type()) {
      case "AWS::Cognito::UserPool" -> p.getMap("LambdaConfig").ifPresent(config -> config.entries().forEach(e -> {
        Node arn = e.value().asMap().flatMap(m -> m.get("LambdaArn")).orElse(e.value());
        if (!t.mentions(arn, function.resource())) return;
        EventKind kind = COGNITO_CUSTOM_SENDERS.contains(e.name()) ? EventKind.COGNITO_CUSTOM_SENDER : EventKind.COGNITO;
        result.add(reference(t, r.logicalId() + " " + e.name(), kind, e.key(), config, Optional.of(r)));
      }));
      case "AWS::IoT::Authorizer" -> {
        if (t.mentions(p.get("AuthorizerFunctionArn").orElse(null), function.resource())) {
          result.add(reference(t, r.logicalId(), EventKind.IOT_AUTHORIZER, r.keyNode(), p, Optional.of(r)));
        }
      }
      case "AWS::IoT::TopicRule" -> p.getMap("TopicRulePayload").ifPresent(payload -> {
        payload.getList("Actions").ifPresent(actions -> actions.items().forEach(item -> {
          if (lambdaAction(t, item, function)) result.add(reference(t, r.logicalId(), EventKind.IOT_RULE, item, payload, Optional.of(r)));
        }));
        payload.entry("ErrorAction").filter(e -> lambdaAction(t, e.value(), function))
            .ifPresent(e -> result.add(reference(t, r.logicalId(), EventKind.IOT_RULE, e.key(), payload, Optional.of(r))));
      });
      case "AWS::ApiGateway::Authorizer", "AWS::ApiGatewayV2::Authorizer" -> {
        if (t.mentions(p.get("AuthorizerUri").orElse(null), function.resource())) {
          result.add(reference(t, r.logicalId(), EventKind.API_AUTHORIZER, r.keyNode(), p, Optional.of(r)));
        }
      }
      case "AWS::Serverless::Api", "AWS::Serverless::HttpApi" -> p.getMap("Auth").flatMap(a -> a.getMap("Authorizers"))
          .ifPresent(authorizers -> authorizers.entries().forEach(e -> e.value().asMap()
              .filter(m -> t.mentions(m.get("FunctionArn").orElse(null), function.resource()))
              .ifPresent(m -> result.add(reference(t, r.logicalId() + " " + e.name(), EventKind.API_AUTHORIZER, e.key(), m,
                  Optional.of(r))))));
      case "AWS::AppSync::DataSource" -> {
        if (t.mentions(p.getMap("LambdaConfig").flatMap(c -> c.get("LambdaFunctionArn")).orElse(null), function.resource())) {
          result.add(reference(t, r.logicalId(), EventKind.APPSYNC, r.keyNode(), p, Optional.of(r)));
        }
      }
      case "AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine" -> {
        List<Node> definition = new ArrayList<>();
        for (String key : List.of("Definition", "DefinitionString", "DefinitionSubstitutions")) p.get(key).ifPresent(definition::add);
        if (definition.stream().anyMatch(d -> t.mentions(d, function.resource()))) {
          // A task may ask for an asynchronous invocation; which task names which function is not worth guessing.
          boolean eventTask = definition.stream().anyMatch(EventSources::asksForEventInvocation);
          result.add(new EventSource(r.logicalId(), EventKind.STEP_FUNCTIONS,
              eventTask ? EventKind.Invocation.UNKNOWN : EventKind.Invocation.SYNC, EventSource.DeclaredAs.RESOURCE_REFERENCE,
              r.keyNode(), p, Optional.of(r.keyNode()), Optional.of(r), t));
        }
      }
      case "AWS::ApiGatewayV2::Integration" -> {
        if (t.mentions(p.get("IntegrationUri").orElse(null), function.resource())) {
          Optional<Resource> api = t.referencedResource(p.get("ApiId").orElse(null));
          EventKind kind = api.map(a -> a.isType("AWS::Serverless::HttpApi") ? EventKind.HTTP_API
              : !a.isType("AWS::ApiGatewayV2::Api") ? EventKind.OTHER
              : isWebSocket(t, a) ? EventKind.WEBSOCKET_API
              : a.properties().get("ProtocolType").flatMap(t::literal).map("HTTP"::equalsIgnoreCase).orElse(false)
                  ? EventKind.HTTP_API : EventKind.OTHER).orElse(EventKind.OTHER);
          // Either protocol makes API Gateway wait for the reply.
          result.add(new EventSource(r.logicalId(), kind, EventKind.Invocation.SYNC, EventSource.DeclaredAs.RESOURCE_REFERENCE,
              r.keyNode(), p, p.get("ApiId"), api, t));
        }
      }
      case "AWS::ApiGateway::Method" -> p.getMap("Integration")
          .filter(i -> t.mentions(i.get("Uri").orElse(null), function.resource()))
          .ifPresent(i -> result.add(reference(t, r.logicalId(), EventKind.API, r.keyNode(), i, Optional.of(r))));
      case "AWS::ElasticLoadBalancingV2::TargetGroup" -> p.getList("Targets").ifPresent(targets -> targets.items().forEach(item ->
          item.asMap().filter(m -> t.mentions(m.get("Id").orElse(null), function.resource()))
              .ifPresent(m -> result.add(reference(t, r.logicalId(), EventKind.ALB, item, m, Optional.of(r))))));
      case "AWS::Lambda::Url" -> {
        if (pointsAt(t, p.get("TargetFunctionArn"), function)) {
          result.add(reference(t, r.logicalId(), EventKind.FUNCTION_URL, r.keyNode(), p, Optional.of(r)));
        }
      }
      case "AWS::Lex::BotAlias", "AWS::Lex::Bot" -> {
        Node hooks = p.get("BotAliasLocaleSettings").or(() -> p.get("TestBotAliasSettings")).orElse(null);
        if (t.mentions(hooks, function.resource())) result.add(reference(t, r.logicalId(), EventKind.LEX, r.keyNode(), p, Optional.of(r)));
      }
      case "AWS::Scheduler::Schedule" -> p.getMap("Target")
          .filter(target -> pointsAt(t, target.get("Arn"), function))
          .ifPresent(target -> result.add(reference(t, r.logicalId(), EventKind.SCHEDULE_V2, r.keyNode(), target, Optional.of(r))));
      default -> { }
    }
    return result;
  }

  private static EventSource reference(Template t, String name, EventKind kind, Node anchor, MapNode properties,
      Optional<Resource> declaring) {
    return new EventSource(name, kind, kind.invocation(), EventSource.DeclaredAs.RESOURCE_REFERENCE, anchor, properties,
        declaring.map(Resource::keyNode), declaring, t);
  }

  /** An IoT rule action {@code Lambda: {FunctionArn: …}} naming the function. */
  private static boolean lambdaAction(Template t, Node action, Function function) {
    return action.asMap().flatMap(a -> a.getMap("Lambda")).flatMap(l -> l.get("FunctionArn"))
        .map(arn -> t.mentions(arn, function.resource())).orElse(false);
  }

  private static boolean isWebSocket(Template t, Resource api) {
    return api.properties().get("ProtocolType").flatMap(t::literal).map("WEBSOCKET"::equalsIgnoreCase).orElse(false);
  }

  /** Whether {@code node} mentions any resource of {@code type}. */
  private static boolean mentionsType(Template t, Node node, String type) {
    if (node == null) return false;
    return t.mentionedIds(node).stream().anyMatch(id -> t.resource(id).map(r -> r.isType(type)).orElse(false));
  }

  /** Whether a state machine definition (map, or JSON text) has a task with {@code InvocationType: Event}. */
  private static boolean asksForEventInvocation(Node node) {
    if (node instanceof MapNode m) {
      for (MapNode.Entry e : m.entries()) {
        if (e.name().equals("InvocationType") && e.value().literal().map("Event"::equals).orElse(false)) return true;
        if (asksForEventInvocation(e.value())) return true;
      }
      return false;
    }
    if (node instanceof ListNode l) return l.items().stream().anyMatch(EventSources::asksForEventInvocation);
    return node.literal().map(text -> EVENT_INVOCATION_TYPE.matcher(text).find()).orElse(false);
  }

  /** Every scalar text inside {@code node}, joined: enough to see {@code :rule/} in a {@code !Sub} or {@code !Join} ARN. */
  private static String flatText(Node node) {
    if (node instanceof MapNode m) {
      StringBuilder b = new StringBuilder();
      m.entries().forEach(e -> b.append(flatText(e.value())));
      return b.toString();
    }
    if (node instanceof ListNode l) {
      StringBuilder b = new StringBuilder();
      l.items().forEach(i -> b.append(flatText(i)));
      return b.toString();
    }
    return node.literal().orElse("");
  }

  private static List<EventSource> ruleTargets(Resource rule, Function function) {
    Template t = rule.template();
    boolean scheduled = rule.properties().has("ScheduleExpression");
    EventKind kind = scheduled ? EventKind.SCHEDULE : EventKind.EVENT_BRIDGE_RULE;
    List<EventSource> result = new ArrayList<>();
    rule.properties().getList("Targets").ifPresent(targets -> targets.items().forEach(item -> item.asMap()
        .filter(target -> pointsAt(t, target.get("Arn"), function))
        .ifPresent(target -> result.add(new EventSource(rule.logicalId(), kind, EventKind.Invocation.ASYNC,
            EventSource.DeclaredAs.EVENTS_RULE_TARGET, item, target, Optional.of(rule.keyNode()), Optional.of(rule), t)))));
    return result;
  }

  private static boolean isLambdaProtocol(Template t, MapNode subscription) {
    return subscription.get("Protocol").flatMap(t::literal).map("lambda"::equalsIgnoreCase).orElse(false);
  }

  /** Whether {@code reference} ({@code Ref F}, {@code GetAtt F.Arn}, {@code Sub ${F.Arn}}) names the function. */
  private static boolean pointsAt(Template t, Optional<Node> reference, Function function) {
    return reference.flatMap(t::referencedResource).map(r -> r.logicalId().equals(function.logicalId())).orElse(false);
  }
}
