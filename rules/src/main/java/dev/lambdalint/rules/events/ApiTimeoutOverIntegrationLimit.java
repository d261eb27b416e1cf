package dev.lambdalint.rules.events;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Api;
import dev.lambdalint.core.template.EventKind;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
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
      if (timeout.isEmpty() || timeout.get().isDefault()) continue;
      long seconds = timeout.get().value();
      // an integration that streams or sets its own long enough timeout lets the function run its whole timeout
      if (f.apiIntegrations().stream().anyMatch(i -> i.waitsAtLeast(seconds))) continue;
      long limit = Long.MAX_VALUE;
      String api = null;
      for (EventSource s : f.events()) {
        long l = limitOf(s);
        if (l < limit) {
          limit = l;
          String which = s.isSamEvent() ? (s.kind() == EventKind.API ? "a REST API" : "an HTTP API")
              : l == REST_API_LIMIT ? "a REST API" : "API Gateway";
          api = which + " (" + s.describe() + ")";
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

  /** The integration limit of an API source; {@link Long#MAX_VALUE} for every other source. */
  private static long limitOf(EventSource s) {
    // an API whose definition is in a file or an AWS::Include that is not read may stream or set its own timeout
    if (s.isSamEvent()) {
      if (s.kind() != EventKind.API && s.kind() != EventKind.HTTP_API) return Long.MAX_VALUE;
      if (s.apis().stream().anyMatch(Api::definitionIsExternal)) return Long.MAX_VALUE;
      long standard = s.kind() == EventKind.API ? REST_API_LIMIT : HTTP_API_LIMIT;
      if (s.setsIntegrationTimeout()) {
        // A REST API's integration timeout may be raised past 29 s: a higher TimeoutInMillis is the limit.
        // A lower one is the user's own choice and not what this rule is about.
        return s.integrationTimeoutMillis().map(ms -> Math.max(standard, (ms + 999) / 1000)).orElse(Long.MAX_VALUE);
      }
      return standard;
    }
    if (s.isPermission() && s.kind() == EventKind.API) {
      // apigateway.amazonaws.com serves REST and HTTP APIs alike: 29 s only when the source ARN names a REST API.
      List<Api> named = s.apis();
      if (named.stream().anyMatch(Api::definitionIsExternal)) return Long.MAX_VALUE;
      return named.stream().anyMatch(Api::isRest) ? REST_API_LIMIT : HTTP_API_LIMIT;
    }
    return Long.MAX_VALUE;
  }
}
