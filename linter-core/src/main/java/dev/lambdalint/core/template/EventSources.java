package dev.lambdalint.core.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds every event source of one function: its SAM events and the CloudFormation resources pointing at it. */
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

  private EventSources() {}

  static List<EventSource> of(Function function) {
    Template t = function.template();
    List<EventSource> sources = new ArrayList<>(samEvents(function));
    for (Resource r : t.resources()) {
      MapNode p = r.properties();
      switch (r.type()) {
        case "AWS::Lambda::EventSourceMapping" -> {
          if (pointsAt(t, p.get("FunctionName"), function)) sources.add(eventSourceMapping(r));
        }
        case "AWS::Lambda::Permission" -> {
          if (pointsAt(t, p.get("FunctionName"), function)) permission(r).ifPresent(sources::add);
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
        default -> { }
      }
    }
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
      Optional<Node> source = Optional.ofNullable(SAM_SOURCE_PROPERTY.get(kind)).flatMap(props::get);
      result.add(new EventSource(e.name(), kind, kind.invocation(), EventSource.DeclaredAs.SAM_EVENT, e.key(), props,
          source, t.referencedResource(source.orElse(null)), t));
    }));
    return result;
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

  private static Optional<EventSource> permission(Resource permission) {
    Template t = permission.template();
    MapNode p = permission.properties();
    return p.get("Principal").flatMap(t::literal).flatMap(EventKind::ofServicePrincipal).map(kind ->
        new EventSource(permission.logicalId(), kind, kind.invocation(), EventSource.DeclaredAs.PERMISSION,
            permission.keyNode(), p, p.get("SourceArn"), t.referencedResource(p.get("SourceArn").orElse(null)), t));
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
