package dev.lambdalint.core.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An API Gateway API of the template: a REST API ({@code AWS::Serverless::Api},
 * {@code AWS::ApiGateway::RestApi}) or an HTTP/WebSocket API ({@code AWS::Serverless::HttpApi},
 * {@code AWS::ApiGatewayV2::Api}); and the integrations of the template that call a function.
 *
 * @param resource the API resource
 */
public record Api(Resource resource) {
  public static final String SAM_REST_TYPE = "AWS::Serverless::Api";
  public static final String SAM_HTTP_TYPE = "AWS::Serverless::HttpApi";
  public static final String REST_TYPE = "AWS::ApiGateway::RestApi";
  public static final String V2_TYPE = "AWS::ApiGatewayV2::Api";
  public static final String METHOD_TYPE = "AWS::ApiGateway::Method";
  public static final String V2_INTEGRATION_TYPE = "AWS::ApiGatewayV2::Integration";

  /** Where integrations are declared with the function's ARN in their {@code uri}: APIs with a body, methods, V2 integrations. */
  private static final String[] INTEGRATION_HOLDERS = {SAM_REST_TYPE, SAM_HTTP_TYPE, REST_TYPE, METHOD_TYPE, V2_TYPE, V2_INTEGRATION_TYPE};

  public static Optional<Api> of(Resource resource) {
    return resource != null && resource.isType(SAM_REST_TYPE, SAM_HTTP_TYPE, REST_TYPE, V2_TYPE)
        ? Optional.of(new Api(resource)) : Optional.empty();
  }

  public String logicalId() {
    return resource.logicalId();
  }

  /** A REST API (API Gateway v1): {@code AWS::Serverless::Api} or {@code AWS::ApiGateway::RestApi}. */
  public boolean isRest() {
    return resource.isType(SAM_REST_TYPE, REST_TYPE);
  }

  /**
   * Whether the API's definition comes from a file or an {@code AWS::Include} that is not read
   * ({@code DefinitionUri}, {@code BodyS3Location}, a {@code Fn::Transform} body): its routes and
   * integrations cannot be seen.
   */
  public boolean definitionIsExternal() {
    MapNode p = resource.properties();
    if (p.has("DefinitionUri") || p.has("BodyS3Location")) return true;
    return p.get("DefinitionBody").or(() -> p.get("Body"))
        .map(body -> body.intrinsicName().map("Fn::Transform"::equals).orElse(false)).orElse(false);
  }

  /**
   * The APIs an event source names: a SAM {@code Api} event's {@code RestApiId}, an {@code HttpApi}
   * event's {@code ApiId}, the APIs a permission's {@code SourceArn} mentions. Empty for a SAM
   * event on the implicit API, and for every other source.
   */
  static List<Api> namedBy(EventSource source) {
    Template template = source.template();
    if (source.isSamEvent()) {
      String property = source.kind() == EventKind.API ? "RestApiId" : source.kind() == EventKind.HTTP_API ? "ApiId" : null;
      if (property == null) return List.of();
      return template.referencedResource(source.properties().get(property).orElse(null)).flatMap(Api::of).stream().toList();
    }
    if (!source.isPermission()) return List.of();
    // the resources the ARN mentions, not every API of the template per permission
    return source.sourceNode().map(arn -> template.mentionedIds(arn).stream()
        .flatMap(id -> template.resource(id).flatMap(Api::of).stream()).toList()).orElse(List.of());
  }

  /**
   * An API Gateway integration setting that calls a function: a map (an OpenAPI
   * {@code x-amazon-apigateway-integration}, an {@code AWS::ApiGateway::Method}'s
   * {@code Integration}, an {@code AWS::ApiGatewayV2::Integration}'s properties) that mentions the
   * function and sets {@code responseTransferMode} or {@code timeoutInMillis} (any case).
   *
   * @param node the map
   * @param streams {@code responseTransferMode: STREAM}: the response streams, for up to 15 minutes
   * @param timeoutMillis its {@code timeoutInMillis}, when a number
   */
  public record Integration(MapNode node, boolean streams, Optional<Long> timeoutMillis) {

    /** Whether the integration waits at least {@code seconds}: it streams, or its own timeout is that long. */
    public boolean waitsAtLeast(long seconds) {
      return streams || timeoutMillis.map(ms -> ms >= seconds * 1000).orElse(false);
    }
  }

  /** The integrations of the template that call {@code f} and set how long they wait, in document order. */
  static List<Integration> integrationsOf(Function f) {
    Template template = f.template();
    List<Integration> result = new ArrayList<>();
    // an integration that calls the function mentions it: only those holders, not every API per function
    for (Resource holder : template.resourcesMentioning(f.logicalId())) {
      if (holder.isType(INTEGRATION_HOLDERS)) collect(template, holder.node(), f, result);
    }
    return List.copyOf(result);
  }

  private static void collect(Template template, Node node, Function f, List<Integration> out) {
    if (node instanceof MapNode m) {
      boolean streams = false;
      Optional<Long> millis = Optional.empty();
      for (MapNode.Entry e : m.entries()) {
        if (e.name().equalsIgnoreCase("responseTransferMode")) {
          streams |= template.literal(e.value()).map("STREAM"::equalsIgnoreCase).orElse(false);
        } else if (e.name().equalsIgnoreCase("timeoutInMillis")) {
          Optional<Long> ms = template.number(e.value());
          if (ms.isPresent() && (millis.isEmpty() || ms.get() > millis.get())) millis = ms;
        }
      }
      if ((streams || millis.isPresent()) && template.mentions(m, f.resource())) out.add(new Integration(m, streams, millis));
      for (MapNode.Entry e : m.entries()) collect(template, e.value(), f, out);
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) collect(template, item, f, out);
    }
  }
}
