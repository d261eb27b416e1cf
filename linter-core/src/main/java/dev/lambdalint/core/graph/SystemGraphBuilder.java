package dev.lambdalint.core.graph;

import dev.lambdalint.core.graph.SystemGraph.Edge;
import dev.lambdalint.core.graph.SystemGraph.EdgeKind;
import dev.lambdalint.core.graph.SystemGraph.Node;
import dev.lambdalint.core.graph.SystemGraph.NodeKind;
import dev.lambdalint.core.invoke.InvocationGraph;
import dev.lambdalint.core.invoke.LambdaInvocation;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.template.Api;
import dev.lambdalint.core.template.EventKind;
import dev.lambdalint.core.template.EventRuleTarget;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.PollSource;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Setting;
import dev.lambdalint.core.template.SnsSubscription;
import dev.lambdalint.core.template.SqsQueue;
import dev.lambdalint.core.template.Template;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Draws a run's {@link SystemGraph} from its model: the typed views of every template (functions,
 * their triggers, dead-letter queues and on-failure destinations) and the code's
 * {@link InvocationGraph} (function → function).
 *
 * <p>A missing failure path is drawn where the rules say one is missing, from the same model facts
 * they read: an asynchronously invoked function with neither a dead-letter queue nor an on-failure
 * destination (LL201), a queue feeding a function without a redrive policy (LL202), a stream source
 * without an on-failure destination (LL203), an SNS subscription without a redrive policy (LL209).
 * Code edges on a chain LL102 reports (two hops or more, or a cycle) are highlighted.
 *
 * <p>Ids are the template's display path, {@code #} and the logical id ({@code
 * order-service/template.yaml#FulfilmentQueue}); what has no logical id of its own (a SAM schedule
 * event, an ARN of something outside the template, a marker) gets one derived from the resource that
 * declares it. Nodes and edges are sorted, so the same input gives the same graph.
 */
public final class SystemGraphBuilder {
  private final Map<String, Node> nodes = new TreeMap<>();
  private final Set<Edge> edges = new HashSet<>();

  private SystemGraphBuilder() {}

  /**
   * The graph of a run.
   *
   * @param templates every template the run read
   * @param java the Java sources, to find the handler each invocation lies on the path of (as LL102 does)
   * @param code which function's code invokes which function
   */
  public static SystemGraph build(List<Template> templates, JavaModel java, InvocationGraph code) {
    SystemGraphBuilder builder = new SystemGraphBuilder();
    for (Template t : templates) builder.template(t);
    builder.code(templates, java, code);
    List<Edge> sorted = new ArrayList<>(builder.edges);
    sorted.sort(EDGE_ORDER);
    return new SystemGraph(List.copyOf(builder.nodes.values()), sorted);
  }

  static final Comparator<Edge> EDGE_ORDER = Comparator.comparing(Edge::from).thenComparing(Edge::to)
      .thenComparing(Edge::kind).thenComparing(Edge::label).thenComparing(Edge::highlighted);

  // ---------------------------------------------------------------------------------------------
  // One template

  private void template(Template t) {
    for (Function f : t.functions()) function(f);
    for (Function f : t.functions()) {
      for (EventSource s : f.events()) {
        // SNS subscriptions below, with their redrive policies (a bare permission for SNS is drawn here)
        if (s.kind() == EventKind.SNS && (s.isSamEvent() || s.declaredAs() == EventSource.DeclaredAs.SNS_SUBSCRIPTION)) continue;
        trigger(f, s);
      }
      functionFailures(f);
    }
    // Event source mappings of functions defined elsewhere (a function's own are among its events).
    for (PollSource p : t.pollSources()) {
      if (p.function().isEmpty()) mappingOfOutsideFunction(t, p);
    }
    for (SnsSubscription sub : t.snsSubscriptions()) subscription(t, sub);
    for (EventRuleTarget target : t.eventRuleTargets()) ruleTarget(t, target);
    queues(t);
  }

  private String function(Function f) {
    String id = id(f.template(), f.logicalId());
    if (!nodes.containsKey(id)) {
      List<String> details = new ArrayList<>();
      f.runtime().ifPresentOrElse(r -> details.add(r.value()),
          () -> details.add(f.properties().has("Runtime") ? "runtime not readable" : "no runtime (image)"));
      f.memorySize().ifPresentOrElse(m -> details.add(m.value() + " MB" + defaulted(m)), () -> details.add("memory not readable"));
      f.timeout().ifPresentOrElse(s -> details.add(s.value() + " s" + defaulted(s)), () -> details.add("timeout not readable"));
      put(new Node(id, NodeKind.FUNCTION, f.logicalId(), details, Optional.of(f.keyNode().location()), templatePath(f.template())));
    }
    return id;
  }

  private static String defaulted(Setting<?> setting) {
    return setting.isDefault() ? " (default)" : "";
  }

  /** A trigger of a function of the template: its source node and the edge to the function. */
  private void trigger(Function f, EventSource s) {
    String from = sourceNode(f, s);
    add(from, function(f), triggerKind(s), s.isSamEvent() ? s.name() : "");
    if (s.kind().isStream()) streamFailure(from, s, f.logicalId());
    triggerDeadLetters(from, s);
  }

  private static EdgeKind triggerKind(EventSource s) {
    return switch (s.invocation()) {
      case SYNC -> EdgeKind.SYNC_TRIGGER;
      case ASYNC -> EdgeKind.ASYNC_TRIGGER;
      case POLL -> EdgeKind.POLL;
      case UNKNOWN -> EdgeKind.TRIGGER;
    };
  }

  /**
   * The node a trigger comes from: the resource of the template it names (queue, topic, bucket,
   * rule, API…), an ARN of something outside the template, the implicit API SAM creates, or the
   * event itself when it declares its own source (a schedule, a function URL).
   */
  private String sourceNode(Function f, EventSource s) {
    Template t = s.template();
    Optional<Resource> resource = s.sourceResource();
    if (resource.isEmpty() && (s.kind() == EventKind.API || s.kind() == EventKind.HTTP_API)) {
      List<Api> apis = s.apis();
      if (!apis.isEmpty()) resource = Optional.of(apis.get(0).resource());
      else if (s.isSamEvent()) {
        // No RestApiId/ApiId: SAM creates one API for all such events of the template.
        String name = s.kind() == EventKind.API ? "ServerlessRestApi" : "ServerlessHttpApi";
        return put(new Node(id(t, name), NodeKind.API, name, List.of("created by SAM"), Optional.empty(), templatePath(t)));
      }
    }
    if (resource.isPresent()) return resourceNode(resource.get(), kindOf(s.kind()));
    Optional<String> literal = s.sourceNode().flatMap(t::literal);
    if (literal.isPresent()) return external(t, literal.get(), kindOf(s.kind()), s.anchor().location());
    String label = s.isSamEvent() ? f.logicalId() + " " + s.name() : s.name();
    List<String> details = List.of(s.sourceNode().isPresent() ? s.kind().typeName() + " (not readable)" : s.kind().typeName());
    return put(new Node(id(t, f.logicalId() + "." + s.name()), kindOf(s.kind()), label, details,
        Optional.of(s.anchor().location()), templatePath(t)));
  }

  private void mappingOfOutsideFunction(Template t, PollSource p) {
    EventSource s = p.source();
    String name = p.functionName();
    String to = put(new Node(id(t, name), NodeKind.FUNCTION, name, List.of("outside the template"),
        Optional.of(s.anchor().location()), templatePath(t)));
    String from = s.sourceResource().map(r -> resourceNode(r, kindOf(s.kind())))
        .or(() -> s.sourceNode().flatMap(t::literal).map(arn -> external(t, arn, kindOf(s.kind()), s.anchor().location())))
        .orElseGet(() -> put(new Node(id(t, s.name()), kindOf(s.kind()), s.name(), List.of(s.kind().typeName() + " (not readable)"),
            Optional.of(s.anchor().location()), templatePath(t))));
    add(from, to, EdgeKind.POLL, "");
    if (s.kind().isStream()) streamFailure(from, s, name);
  }

  // ---------------------------------------------------------------------------------------------
  // Failure paths

  /** A stream source's on-failure destination, or its absence as LL203 reports it. */
  private void streamFailure(String source, EventSource s, String functionName) {
    if (s.isUnknowable("DestinationConfig")) return; // LL203 is silent: so is the graph
    Optional<dev.lambdalint.core.template.Node> onFailure = s.onFailure();
    if (onFailure.isPresent()) {
      add(source, failureTarget(s.template(), onFailure.get(), source + ".onFailure", "on-failure destination"),
          EdgeKind.FAILURE, "on failure (" + s.name() + ")");
    } else {
      missing(source + "!no-on-failure:" + functionName + "." + s.name(), source, s.anchor().location(), templateOf(source),
          "no on-failure destination", "records dropped (" + s.name() + " of " + functionName + ")");
    }
  }

  /** The SAM events whose source is an EventBridge rule (LL208 asks them for a {@code DeadLetterConfig}). */
  private static final Set<EventKind> RULE_EVENTS = Set.of(EventKind.EVENT_BRIDGE_RULE, EventKind.SCHEDULE,
      EventKind.CLOUDWATCH_EVENT);

  /**
   * {@code DeadLetterConfig} of an EventBridge rule target or a SAM EventBridgeRule / Schedule
   * event, or its absence on a SAM event as LL208 reports it (a rule resource's targets: {@link #ruleTarget}).
   */
  private void triggerDeadLetters(String source, EventSource s) {
    if (!s.hasDeadLetterConfig()) {
      if (s.isSamEvent() && RULE_EVENTS.contains(s.kind())) {
        missing(source + "!no-dead-letter-config", source, s.anchor().location(), templateOf(source),
            "no dead-letter queue", "undeliverable events dropped");
      }
      return;
    }
    dev.lambdalint.core.template.Node config = s.properties().get("DeadLetterConfig").orElseThrow();
    add(source, failureTarget(s.template(), config, source + ".deadLetters", "dead-letter queue"), EdgeKind.FAILURE,
        "undeliverable");
  }

  /** A function's dead-letter queue and on-failure destination, or their absence as LL201 reports it. */
  private void functionFailures(Function f) {
    String id = function(f);
    Template t = f.template();
    f.deadLetterTarget().ifPresent(target -> add(id, failureTarget(t, target, id + ".deadLetterQueue", "dead-letter queue"),
        EdgeKind.FAILURE, "dead letters"));
    f.eventInvokeConfig().flatMap(c -> c.onFailure()).ifPresent(target ->
        add(id, failureTarget(t, target, id + ".onFailure", "on-failure destination"), EdgeKind.FAILURE, "on failure"));
    boolean async = !f.triggers(EventKind.Invocation.ASYNC).isEmpty();
    if (async && !f.declaresDeadLetterQueue() && !f.declaresOnFailureDestination()) {
      missing(id + "!no-failure-destination", id, f.keyNode().location(), templatePath(t),
          "no dead-letter queue or on-failure destination", "failed async events lost");
    }
  }

  /** Every SNS subscription: topic → function (or queue), its redrive policy, or its absence as LL209 reports it. */
  private void subscription(Template t, SnsSubscription sub) {
    Optional<Function> function = sub.subscriber()
        .or(() -> sub.isLambda() ? sub.endpoint().flatMap(t::referencedFunction) : Optional.empty());
    Optional<Resource> queue = sub.isSqs() ? sub.endpoint().flatMap(t::referencedResource).filter(r -> r.isType(SqsQueue.TYPE))
        : Optional.empty();
    String topic;
    if (sub.event().isPresent()) topic = sourceNode(sub.subscriber().orElseThrow(), sub.event().get());
    else if (sub.topic().isPresent()) topic = resourceNode(sub.topic().get(), NodeKind.TOPIC);
    else {
      Optional<String> arn = sub.anchor().asMap().flatMap(m -> m.get("TopicArn")).flatMap(t::literal)
          .or(() -> t.resource(sub.name()).flatMap(r -> r.properties().get("TopicArn")).flatMap(t::literal));
      if (arn.isPresent()) topic = external(t, arn.get(), NodeKind.TOPIC, sub.anchor().location());
      else if (function.isPresent() || queue.isPresent()) {
        topic = put(new Node(id(t, sub.name() + ".topic"), NodeKind.TOPIC, "topic of " + sub.name(), List.of("not readable"),
            Optional.of(sub.anchor().location()), templatePath(t)));
      } else return;
    }
    String label = sub.form() == SnsSubscription.Form.SAM_EVENT ? sub.name() : "";
    if (sub.form() == SnsSubscription.Form.SAM_EVENT && sub.isSqs()) {
      String fn = function(function.orElseThrow());
      if (queue.isPresent()) {
        // SAM subscribes the queue to the topic and polls it for the function.
        String q = resourceNode(queue.get(), NodeKind.QUEUE);
        add(topic, q, EdgeKind.ASYNC_TRIGGER, label);
        add(q, fn, EdgeKind.POLL, label);
      } else {
        add(topic, fn, EdgeKind.POLL, label + " (through a queue SAM creates)");
      }
    } else if (function.isPresent() && sub.isLambda()) {
      add(topic, function(function.get()), EdgeKind.ASYNC_TRIGGER, label);
    } else if (queue.isPresent()) {
      add(topic, resourceNode(queue.get(), NodeKind.QUEUE), EdgeKind.ASYNC_TRIGGER, "subscription");
    }
    if (sub.hasRedrivePolicy()) {
      MapNode props = sub.event().map(EventSource::properties)
          .or(() -> sub.form() == SnsSubscription.Form.RESOURCE ? t.resource(sub.name()).map(Resource::properties) : Optional.empty())
          .orElse(null);
      if (props != null) {
        add(topic, failureTarget(t, props.get("RedrivePolicy").orElseThrow(), topic + "." + sub.name() + ".redrive",
            "dead-letter queue"), EdgeKind.FAILURE, "undeliverable (" + sub.name() + ")");
      }
      return;
    }
    boolean reported = switch (sub.form()) {
      case SAM_EVENT -> true;
      case RESOURCE -> sub.protocol().isPresent() && (function.isPresent() || queue.isPresent());
      case TOPIC_INLINE -> sub.isLambda();
    };
    if (reported) {
      String which = switch (sub.form()) {
        case SAM_EVENT -> sub.subscriber().orElseThrow().logicalId() + "." + sub.name();
        case RESOURCE -> sub.name();
        case TOPIC_INLINE -> sub.name() + "@" + sub.anchor().location().range().startLine();
      };
      missing(topic + "!no-redrive:" + which,
          topic, sub.anchor().location(), templatePath(t), "no redrive policy", "undeliverable messages lost ("
              + function.map(Function::logicalId).or(() -> queue.map(Resource::logicalId)).orElse(sub.name()) + ")");
    }
  }

  /**
   * A target of an {@code AWS::Events::Rule} that invokes a function: drawn from the rule (a
   * function of the template has the edge among its triggers; one named by ARN gets a node), and a
   * missing {@code DeadLetterConfig} as LL208 reports it.
   */
  private void ruleTarget(Template t, EventRuleTarget target) {
    Optional<String> arn = target.invokedArn();
    boolean invokesFunction = target.invokedResource().isPresent() || arn.isPresent();
    if (!invokesFunction) return;
    String rule = resourceNode(target.rule(), NodeKind.EVENT_RULE);
    if (target.invokedResource().isEmpty()) {
      add(rule, external(t, arn.get(), NodeKind.FUNCTION, target.item().location()), EdgeKind.ASYNC_TRIGGER, "");
    } else if (t.function(target.invokedResource().get().logicalId()).isEmpty()) {
      Resource alias = target.invokedResource().get();
      String to = alias.properties().get("FunctionName").flatMap(t::referencedFunction).map(this::function)
          .orElseGet(() -> resourceNode(alias, NodeKind.OTHER));
      add(rule, to, EdgeKind.ASYNC_TRIGGER, alias.logicalId());
    }
    if (!target.hasDeadLetterConfig()) {
      missing(rule + "!no-dead-letter-config:" + target.id().orElse("@" + target.item().location().range().startLine()),
          rule, target.item().location(), templatePath(t), "no dead-letter queue", "undeliverable events dropped");
    }
  }

  /** Queues of the template: the dead-letter queue each drawn queue redrives to, or its absence as LL202 reports it. */
  private void queues(Template t) {
    Set<String> consumed = new HashSet<>();
    for (PollSource p : t.pollSources()) {
      if (p.source().kind() == EventKind.SQS) p.source().sourceResource().ifPresent(q -> consumed.add(q.logicalId()));
    }
    for (SnsSubscription sub : t.snsSubscriptions()) {
      if (sub.subscriber().isPresent()) consumed.addAll(sub.endpointIds());
    }
    for (Resource r : t.resourcesOfType(SqsQueue.TYPE)) {
      SqsQueue queue = SqsQueue.of(r).orElseThrow();
      String id = id(t, r.logicalId());
      boolean drawn = nodes.containsKey(id) || consumed.contains(r.logicalId());
      switch (queue.redrive()) {
        case PRESENT -> {
          if (drawn) {
            String queueNode = resourceNode(r, NodeKind.QUEUE);
            add(queueNode, failureTarget(t, r.properties().get("RedrivePolicy").orElseThrow(), id + ".redrive", "dead-letter queue"),
                EdgeKind.FAILURE, "after maxReceiveCount");
          }
        }
        case ABSENT -> {
          if (consumed.contains(r.logicalId())) {
            String queueNode = resourceNode(r, NodeKind.QUEUE);
            missing(id + "!no-dead-letter-queue", queueNode, r.keyNode().location(), templatePath(t),
                "no dead-letter queue", "poison messages retried until they expire");
          }
        }
        case UNKNOWN -> { }
      }
    }
  }

  /**
   * The node a failure path leads to: the resource of the template the value names (a queue,
   * topic, bucket, function, event bus), an ARN outside it, or a node saying it is not readable.
   */
  private String failureTarget(Template t, dev.lambdalint.core.template.Node value, String fallbackId, String what) {
    List<String> ids = new ArrayList<>(t.mentionedIds(value));
    ids.removeIf(id -> t.resource(id).isEmpty());
    if (!ids.isEmpty()) {
      ids.sort(null);
      Resource r = t.resource(ids.get(0)).orElseThrow();
      Optional<Function> f = t.function(r.logicalId());
      return f.isPresent() ? function(f.get()) : resourceNode(r, NodeKind.FAILURE_TARGET);
    }
    Optional<String> arn = literalArn(t, value);
    if (arn.isPresent()) return external(t, arn.get(), kindOfArn(arn.get()), value.location());
    return put(new Node(fallbackId, NodeKind.FAILURE_TARGET, what, List.of("not readable"), Optional.of(value.location()),
        templatePath(t)));
  }

  /** The ARN a failure setting names as text: itself, or its {@code Destination}, {@code TargetArn}, {@code Arn}, {@code deadLetterTargetArn}. */
  private static Optional<String> literalArn(Template t, dev.lambdalint.core.template.Node value) {
    if (value instanceof MapNode m) {
      for (String key : List.of("Destination", "TargetArn", "Arn", "deadLetterTargetArn")) {
        Optional<String> found = m.get(key).flatMap(t::literal);
        if (found.isPresent()) return found;
      }
      return Optional.empty();
    }
    Optional<String> text = t.literal(value);
    if (text.isPresent() && text.get().contains("deadLetterTargetArn")) {
      java.util.regex.Matcher arn = java.util.regex.Pattern.compile("arn:[^\"\\s]+").matcher(text.get());
      return arn.find() ? Optional.of(arn.group()) : Optional.empty();
    }
    return text.filter(s -> s.startsWith("arn:"));
  }

  private void missing(String id, String from, Location location, String template, String label, String edgeLabel) {
    put(new Node(id, NodeKind.MISSING_FAILURE_TARGET, label, List.of(), Optional.of(location), template));
    add(from, id, EdgeKind.MISSING_FAILURE, edgeLabel);
  }

  // ---------------------------------------------------------------------------------------------
  // Code

  /** Function → function edges from the code; those on a chain LL102 reports are highlighted. */
  private void code(List<Template> templates, JavaModel java, InvocationGraph code) {
    Set<String> highlighted = new HashSet<>();
    for (JavaSource source : java.sources()) {
      for (LambdaInvocation invocation : code.invocationsIn(source)) {
        if (!invocation.isSynchronous() || java.handlerReaching(invocation.call()).isEmpty()) continue;
        code.reportedChain(invocation).filter(InvocationGraph.Chain::isReported).ifPresent(chain -> {
          List<Function> functions = chain.functions();
          for (int i = 0; i + 1 < functions.size(); i++) highlighted.add(pair(functions.get(i), functions.get(i + 1)));
        });
      }
    }
    for (Template t : templates) {
      for (Function caller : t.functions()) {
        Map<String, Boolean> seen = new HashMap<>();
        for (InvocationGraph.Edge e : code.edgesFrom(caller)) {
          EdgeKind kind = e.isSynchronous() ? EdgeKind.CODE_SYNC_INVOKE : EdgeKind.CODE_ASYNC_INVOKE;
          boolean hot = e.isSynchronous() && highlighted.contains(pair(e.caller(), e.callee()));
          String to = function(e.callee());
          if (seen.putIfAbsent(to + kind, hot) != null) continue;
          edges.add(new Edge(function(caller), to, kind, "", hot));
        }
      }
    }
  }

  private String pair(Function a, Function b) {
    return id(a.template(), a.logicalId()) + "\u0000" + id(b.template(), b.logicalId());
  }

  // ---------------------------------------------------------------------------------------------
  // Nodes and edges

  private String resourceNode(Resource r, NodeKind fallback) {
    Template t = r.template();
    String id = id(t, r.logicalId());
    if (nodes.containsKey(id)) return id;
    Optional<Function> f = t.function(r.logicalId());
    if (f.isPresent()) return function(f.get());
    return put(new Node(id, kindOf(r, fallback), r.logicalId(), List.of(r.type()), Optional.of(r.keyNode().location()),
        templatePath(t)));
  }

  /** Something named by its ARN (or name) only, outside the template. */
  private String external(Template t, String arn, NodeKind kind, Location where) {
    String id = id(t, arn);
    if (nodes.containsKey(id)) return id;
    return put(new Node(id, kind, shortName(arn), List.of(arn.equals(shortName(arn)) ? "outside the template" : arn),
        Optional.of(where), templatePath(t)));
  }

  /** {@code arn:aws:sqs:eu-west-1:123:orders-dlq} → {@code orders-dlq}; a table stream's ARN → its table. */
  static String shortName(String arn) {
    if (!arn.startsWith("arn:")) return arn;
    String[] parts = arn.split(":", 6);
    if (parts.length < 6) return arn;
    String resource = parts[5];
    if (resource.startsWith("table/")) return resource.substring("table/".length()).split("/")[0];
    if (resource.startsWith("cluster/") && resource.split("/").length > 1) return resource.split("/")[1]; // Kafka: cluster/name/uuid
    int slash = resource.lastIndexOf('/');
    String last = slash >= 0 ? resource.substring(slash + 1) : resource;
    int colon = last.lastIndexOf(':');
    return colon >= 0 && resource.startsWith("function:") ? last.substring(0, colon) : last.isEmpty() ? arn : last;
  }

  private static NodeKind kindOf(Resource r, NodeKind fallback) {
    return switch (r.type()) {
      case SqsQueue.TYPE -> NodeKind.QUEUE;
      case SnsSubscription.TOPIC_TYPE -> NodeKind.TOPIC;
      case "AWS::Kinesis::Stream" -> NodeKind.STREAM;
      case "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable", "AWS::Serverless::SimpleTable" -> NodeKind.TABLE_STREAM;
      case "AWS::S3::Bucket" -> NodeKind.BUCKET;
      case "AWS::Events::Rule" -> r.properties().has("ScheduleExpression") ? NodeKind.SCHEDULE : NodeKind.EVENT_RULE;
      case "AWS::Scheduler::Schedule" -> NodeKind.SCHEDULE;
      case Api.SAM_REST_TYPE, Api.SAM_HTTP_TYPE, Api.REST_TYPE, Api.V2_TYPE, Api.METHOD_TYPE -> NodeKind.API;
      case "AWS::Lambda::Url" -> NodeKind.FUNCTION_URL;
      default -> fallback;
    };
  }

  private static NodeKind kindOf(EventKind kind) {
    return switch (kind) {
      case SNS -> NodeKind.TOPIC;
      case SQS -> NodeKind.QUEUE;
      case KINESIS -> NodeKind.STREAM;
      case DYNAMODB -> NodeKind.TABLE_STREAM;
      case S3 -> NodeKind.BUCKET;
      case EVENT_BRIDGE_RULE, CLOUDWATCH_EVENT -> NodeKind.EVENT_RULE;
      case SCHEDULE, SCHEDULE_V2 -> NodeKind.SCHEDULE;
      case API, HTTP_API, WEBSOCKET_API -> NodeKind.API;
      case FUNCTION_URL -> NodeKind.FUNCTION_URL;
      default -> NodeKind.OTHER;
    };
  }

  private static NodeKind kindOfArn(String arn) {
    if (arn.startsWith("arn:aws:sqs:") || arn.contains(":sqs:")) return NodeKind.QUEUE;
    if (arn.contains(":sns:")) return NodeKind.TOPIC;
    if (arn.contains(":lambda:")) return NodeKind.FUNCTION;
    if (arn.contains(":s3:")) return NodeKind.BUCKET;
    return NodeKind.FAILURE_TARGET;
  }

  private String put(Node node) {
    nodes.putIfAbsent(node.id(), node);
    return node.id();
  }

  private void add(String from, String to, EdgeKind kind, String label) {
    edges.add(new Edge(from, to, kind, label, false));
  }

  private String templateOf(String nodeId) {
    Node n = nodes.get(nodeId);
    return n == null ? "" : n.template();
  }

  static String templatePath(Template t) {
    return t.file().path();
  }

  static String id(Template t, String logicalId) {
    return templatePath(t) + "#" + logicalId;
  }
}
