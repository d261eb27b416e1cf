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
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Setting;
import dev.lambdalint.core.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A function behind API Gateway whose timeout exceeds the integration's: 29 s for a REST API
 * ({@code Api}), 30 s for an HTTP API. The caller gets a 504 while the function runs on, billed.
 * A timeout inherited from {@code Globals} is reported once, at the Globals line.
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
    Map<Node, List<Over>> byNode = new LinkedHashMap<>();
    for (Function f : template.functions()) {
      Optional<Setting<Long>> timeout = f.timeout();
      if (timeout.isEmpty() || timeout.get().isDefault()) continue;
      long limit = Long.MAX_VALUE;
      String api = null;
      for (EventSource s : f.events()) {
        long l = limitOf(template, s);
        if (l < limit) {
          limit = l;
          api = l == REST_API_LIMIT ? "a REST API (Api)" : "an HTTP API (HttpApi)";
        }
      }
      if (api == null || timeout.get().value() <= limit) continue;
      byNode.computeIfAbsent(timeout.get().node(), k -> new ArrayList<>()).add(new Over(f, timeout.get().value(), limit, api));
    }
    byNode.forEach((node, overs) -> {
      Over first = overs.get(0);
      boolean globals = node.path().startsWith("Globals/");
      String who = globals
          ? "Globals Timeout " + first.timeout() + " s, inherited by " + String.join(", ", overs.stream().map(o -> o.function().logicalId()).toList())
              + " behind " + first.api() + ", is over"
          : first.function().logicalId() + " has Timeout " + first.timeout() + " s behind " + first.api() + ", over";
      long limit = overs.stream().mapToLong(Over::limit).min().orElse(first.limit());
      sink.report(node, who + " the " + limit + " s integration limit: the caller gets a 504 while the function"
          + " keeps running and billing; set Timeout to at most " + limit + " s or make the work asynchronous");
    });
  }

  /** The integration limit of an API source; {@link Long#MAX_VALUE} for every other source. */
  private static long limitOf(Template template, EventSource s) {
    if (s.declaredAs() == EventSource.DeclaredAs.SAM_EVENT) {
      if (s.kind() == EventKind.API) return REST_API_LIMIT;
      if (s.kind() == EventKind.HTTP_API) return HTTP_API_LIMIT;
      return Long.MAX_VALUE;
    }
    if (s.declaredAs() == EventSource.DeclaredAs.PERMISSION && s.kind() == EventKind.API) {
      // apigateway.amazonaws.com serves REST and HTTP APIs alike: 29 s only when the source ARN names a REST API.
      Node arn = s.sourceNode().orElse(null);
      for (Resource r : template.resourcesOfType("AWS::ApiGateway::RestApi", "AWS::Serverless::Api")) {
        if (template.mentions(arn, r)) return REST_API_LIMIT;
      }
      return HTTP_API_LIMIT;
    }
    return Long.MAX_VALUE;
  }
}
