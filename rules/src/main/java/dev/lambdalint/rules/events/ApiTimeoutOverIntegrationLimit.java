package dev.lambdalint.rules.events;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.EventKind;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.ListNode;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.PerSetting;
import dev.lambdalint.core.template.Setting;
import dev.lambdalint.core.template.Template;
import java.util.List;
import java.util.Optional;

/**
 * A function behind API Gateway whose timeout exceeds the integration's: 29 s for a REST API
 * ({@code Api}), 30 s for an HTTP API. The caller gets a 504 while the function runs on, billed.
 * A timeout inherited from {@code Globals} is reported once, at the Globals line. Silent for
 * WebSocket APIs and authorizers (the template model tells them apart from API routes), for
 * integrations that stream or set their own long enough {@code TimeoutInMillis}, and for APIs
 * whose definition is in a file or an {@code AWS::Include} that is not read.
 */
@RuleInfo(
    id = "LL206",
    name = "api-timeout-over-integration-limit",
    severity = Severity.WARNING,
    category = Category.EVENT_SOURCES,
    summary = "A function behind API Gateway has a timeout over the integration's limit",
    tags = {"reliability", "event-sources", "api"},
    precision = Precision.HIGH)
public final class ApiTimeoutOverIntegrationLimit implements Rule {
  static final long REST_API_LIMIT = 29;
  static final long HTTP_API_LIMIT = 30;

  private record Over(Function function, long timeout, long limit, String api) {}

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    PerSetting<Over> byTimeout = new PerSetting<>();
    for (Function f : template.functions()) {
      Optional<Setting<Long>> timeout = f.timeout();
      if (timeout.isEmpty() || timeout.get().isDefault() || integrationAllows(template, f, timeout.get().value())) continue;
      long limit = Long.MAX_VALUE;
      String api = null;
      for (EventSource s : f.events()) {
        long l = limitOf(template, s);
        if (l < limit) {
          limit = l;
          api = !s.isSamEvent()
              ? (l == REST_API_LIMIT ? "a REST API" : "API Gateway") + " (permission " + s.name() + ")"
              : s.kind() == EventKind.API ? "a REST API (Api event " + s.name() + ")" : "an HTTP API (HttpApi event " + s.name() + ")";
        }
      }
      if (api == null || timeout.get().value() <= limit) continue;
      byTimeout.add(timeout.get(), new Over(f, timeout.get().value(), limit, api));
    }
    for (PerSetting.Group<Over> group : byTimeout.groups()) {
      List<Over> overs = group.items();
      Over first = group.first();
      String who = group.fromGlobals()
          ? "Globals Timeout " + first.timeout() + " s, inherited by " + String.join(", ", overs.stream().map(o -> o.function().logicalId()).toList())
              + " behind " + (overs.size() == 1 ? first.api() : "API Gateway") + ", is over"
          : first.function().logicalId() + " has Timeout " + first.timeout() + " s behind " + first.api() + ", over";
      long limit = overs.stream().mapToLong(Over::limit).min().orElse(first.limit());
      String raise = limit == REST_API_LIMIT
          ? " (for a Regional or private REST API, the 29 s limit can be raised by a quota increase)" : "";
      sink.report(group.node(), who + " the " + limit + " s integration limit: the caller gets a 504 while the function"
          + " keeps running and billing; set Timeout to at most " + limit + " s or make the work asynchronous" + raise);
    }
  }

  /** Where API Gateway integrations are declared, with the function's ARN in their {@code uri}. */
  private static final String[] INTEGRATION_HOLDERS = {"AWS::Serverless::Api", "AWS::Serverless::HttpApi", "AWS::ApiGateway::RestApi",
      "AWS::ApiGateway::Method", "AWS::ApiGatewayV2::Api", "AWS::ApiGatewayV2::Integration"};

  /**
   * Whether an API Gateway integration of the template that calls the function lets it run its
   * whole timeout: it streams the response ({@code responseTransferMode: STREAM} in an OpenAPI
   * {@code x-amazon-apigateway-integration}, {@code ResponseTransferMode: STREAM} of an
   * {@code AWS::ApiGateway::Method} integration: up to 15 minutes), or it sets its own
   * {@code TimeoutInMillis} at or above the function's timeout.
   */
  private static boolean integrationAllows(Template template, Function f, long timeoutSeconds) {
    // an integration that calls the function mentions it: only those holders, not every API per function
    for (Resource holder : template.resourcesMentioning(f.logicalId())) {
      if (holder.isType(INTEGRATION_HOLDERS) && allows(template, holder.node(), f, timeoutSeconds)) return true;
    }
    return false;
  }

  private static boolean allows(Template template, Node node, Function f, long timeoutSeconds) {
    if (node instanceof MapNode m) {
      boolean mentioned = false;
      for (MapNode.Entry e : m.entries()) {
        boolean streams = e.name().equalsIgnoreCase("responseTransferMode")
            && template.literal(e.value()).map("STREAM"::equalsIgnoreCase).orElse(false);
        boolean longEnough = e.name().equalsIgnoreCase("timeoutInMillis")
            && template.number(e.value()).map(ms -> ms >= timeoutSeconds * 1000).orElse(false);
        if ((streams || longEnough) && (mentioned || (mentioned = template.mentions(m, f.resource())))) return true;
        if (allows(template, e.value(), f, timeoutSeconds)) return true;
      }
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) if (allows(template, item, f, timeoutSeconds)) return true;
    }
    return false;
  }

  /**
   * Whether the API's definition comes from a file or an {@code AWS::Include} that is not read
   * ({@code DefinitionUri}, {@code BodyS3Location}, a {@code Fn::Transform} body): its integrations
   * may stream or set their own timeout, which cannot be seen.
   */
  private static boolean definitionNotRead(Resource api) {
    MapNode p = api.properties();
    if (p.has("DefinitionUri") || p.has("BodyS3Location")) return true;
    return p.get("DefinitionBody").or(() -> p.get("Body"))
        .map(body -> body.intrinsicName().map("Fn::Transform"::equals).orElse(false)).orElse(false);
  }

  /** The integration limit of an API source; {@link Long#MAX_VALUE} for every other source. */
  private static long limitOf(Template template, EventSource s) {
    if (s.isSamEvent()) {
      if (s.kind() != EventKind.API && s.kind() != EventKind.HTTP_API) return Long.MAX_VALUE;
      Optional<Resource> api = template.referencedResource(s.properties().get(s.kind() == EventKind.API ? "RestApiId" : "ApiId").orElse(null));
      if (api.map(ApiTimeoutOverIntegrationLimit::definitionNotRead).orElse(false)) return Long.MAX_VALUE;
      long standard = s.kind() == EventKind.API ? REST_API_LIMIT : HTTP_API_LIMIT;
      Optional<Node> millis = s.properties().get("TimeoutInMillis");
      if (millis.isPresent()) {
        // A REST API's integration timeout may be raised past 29 s: a higher TimeoutInMillis is the limit.
        // A lower one is the user's own choice and not what this rule is about.
        return template.number(millis.get()).map(ms -> Math.max(standard, (ms + 999) / 1000)).orElse(Long.MAX_VALUE);
      }
      return standard;
    }
    if (s.declaredAs() == EventSource.DeclaredAs.PERMISSION && s.kind() == EventKind.API) {
      // apigateway.amazonaws.com serves REST and HTTP APIs alike: 29 s only when the source ARN names a REST API.
      // the resources the ARN mentions, not every API of the template per permission
      List<Resource> named = s.sourceNode().map(arn -> template.mentionedIds(arn).stream()
          .flatMap(id -> template.resource(id).stream()).toList()).orElse(List.of());
      for (Resource r : named) {
        if (r.isType(INTEGRATION_HOLDERS) && !r.isType("AWS::ApiGateway::Method", "AWS::ApiGatewayV2::Integration")
            && definitionNotRead(r)) {
          return Long.MAX_VALUE;
        }
      }
      for (Resource r : named) {
        if (r.isType("AWS::ApiGateway::RestApi", "AWS::Serverless::Api")) return REST_API_LIMIT;
      }
      return HTTP_API_LIMIT;
    }
    return Long.MAX_VALUE;
  }
}
