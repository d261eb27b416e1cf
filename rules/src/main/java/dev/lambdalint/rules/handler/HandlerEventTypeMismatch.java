package dev.lambdalint.rules.handler;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.java.HandlerSignatures.EventParameter;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.EventKind;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.TriggerPayload;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The handler takes an {@code aws-lambda-java-events} class that none of its function's triggers
 * delivers: Lambda fills it from another payload, so the fields it expects arrive null (or the
 * event fails to deserialize). Which class each trigger delivers is the model's
 * ({@link TriggerPayload}); an unknown trigger keeps the rule silent.
 */
@RuleInfo(
    id = "LL107",
    name = "handler-event-type-mismatch",
    severity = Severity.ERROR,
    category = Category.HANDLER_CODE,
    summary = "The handler's event class is not what any trigger of its function delivers",
    tags = {"correctness", "java", "events"},
    precision = Precision.HIGH)
public final class HandlerEventTypeMismatch implements Rule {
  private static final String EVENTS = "com.amazonaws.services.lambda.runtime.events.";
  /**
   * The event (input) classes of aws-lambda-java-events: those of 3.11.0 (read from the jar), and
   * the newer ones the trigger table names. A type outside this list is never judged.
   */
  private static final Set<String> EVENT_CLASSES = eventClasses();

  private record Mismatch(Node at, Severity severity, String message) {}

  private static final String PROXY_V1 = EVENTS + "APIGatewayProxyRequestEvent";
  private static final String HTTP_V2 = EVENTS + "APIGatewayV2HTTPEvent";

  @Override
  public void checkJava(JavaSource source, LintContext context, FindingSink sink) {
    Map<CompilationUnit, List<Mismatch>> all = context.perRun(HandlerEventTypeMismatch.class, () -> mismatches(context));
    for (Mismatch m : all.getOrDefault(source.unit(), List.of())) sink.report(source.location(m.at()), m.severity(), m.message());
  }

  private static Map<CompilationUnit, List<Mismatch>> mismatches(LintContext context) {
    Map<CompilationUnit, List<Mismatch>> result = new IdentityHashMap<>();
    JavaModel java = context.java();
    for (Function function : context.functions()) {
      if (!function.isJava()) continue;
      Optional<JavaModel.Handler> handler = context.handlerOf(function);
      if (handler.isEmpty()) continue;
      if (isAmbiguous(handler.get(), function, java)) continue;
      Optional<EventParameter> parameter = java.eventParameter(handler.get());
      if (parameter.isEmpty() || parameter.get().scanned()) continue;
      Optional<String> eventClass = eventClass(parameter.get());
      if (eventClass.isEmpty()) continue;
      Optional<List<TriggerPayload>> payloads = function.triggerPayloads();
      if (payloads.isEmpty() || payloads.get().isEmpty()) continue; // a trigger is unknown, or none: code invokes it
      if (payloads.get().stream().anyMatch(p -> p.delivers(eventClass.get()))) continue;
      Node at = parameter.get().isInherited() ? parameter.get().type() : parameter.get().parameter();
      Mismatch found = new Mismatch(at, severity(eventClass.get(), payloads.get()),
          message(function, handler.get(), parameter.get(), eventClass.get(), payloads.get()));
      at.findCompilationUnit().ifPresent(unit -> {
        List<Mismatch> here = result.computeIfAbsent(unit, u -> new ArrayList<>());
        // two templates of one project (template.yaml, template.snapstart.yaml) may say the same thing
        if (here.stream().noneMatch(m -> m.at() == found.at() && m.message().equals(found.message()))) here.add(found);
      });
    }
    return result;
  }

  /**
   * Whether the handler class may be another project's: it lies outside the template's folder (its
   * {@code CodeUri} holds no sources, so the class of that name declared nearest was taken) and
   * another project declares a class of that name as near ({@code helloworld.App}). An error needs
   * the right one.
   */
  private static boolean isAmbiguous(JavaModel.Handler handler, Function function, JavaModel java) {
    java.nio.file.Path template = function.template().file().absolutePath();
    java.nio.file.Path folder = template.getParent();
    if (folder != null && handler.source().file().absolutePath().startsWith(folder)) return false;
    return java.nearestClasses(handler.className(), template).size() > 1;
  }

  /** The events class the parameter's type denotes; empty for anything else (a POJO, {@code Map}, {@code String}…). */
  private static Optional<String> eventClass(EventParameter parameter) {
    List<String> events = parameter.candidates().stream().filter(EVENT_CLASSES::contains).distinct().toList();
    return events.size() == 1 ? Optional.of(events.get(0)) : Optional.empty();
  }

  private static String message(Function function, JavaModel.Handler handler, EventParameter parameter, String eventClass,
      List<TriggerPayload> payloads) {
    String simple = eventClass.substring(eventClass.lastIndexOf('.') + 1);
    Set<String> triggers = new LinkedHashSet<>();
    for (TriggerPayload p : payloads) triggers.add(p.describe() + " delivers " + p.classNames());
    List<String> listed = triggers.stream().limit(3).collect(Collectors.toCollection(ArrayList::new));
    if (triggers.size() > 3) listed.add("and " + (triggers.size() - 3) + " more");
    String where = parameter.isInherited() ? " (through its generic base class)" : "";
    String delivered = payloads.stream().flatMap(p -> p.eventClasses().stream()).distinct()
        .map(c -> c.substring(c.lastIndexOf('.') + 1)).findFirst().orElse("the class the trigger delivers");
    return handler.displayName() + " takes " + simple + where + ", but no trigger of " + function.logicalId()
        + " delivers it: " + String.join("; ", listed) + "; " + consequence(eventClass, payloads)
        + "; take " + (triggers.size() == 1 ? delivered : "the class its triggers deliver") + " instead" + alternative(eventClass, payloads);
  }

  /**
   * The two API Gateway request classes share {@code headers}, {@code body},
   * {@code queryStringParameters}, {@code pathParameters}, {@code stageVariables} and
   * {@code isBase64Encoded}: a handler that reads only those still works, so that mix-up is a
   * warning; every other mismatch is an error.
   */
  private static boolean isApiFormatMixUp(String eventClass, List<TriggerPayload> payloads) {
    String other = eventClass.equals(PROXY_V1) ? HTTP_V2 : eventClass.equals(HTTP_V2) ? PROXY_V1 : null;
    return other != null && payloads.stream().allMatch(p -> p.delivers(other));
  }

  private static Severity severity(String eventClass, List<TriggerPayload> payloads) {
    return isApiFormatMixUp(eventClass, payloads) ? Severity.WARNING : Severity.ERROR;
  }

  /** What goes wrong, said no stronger than it is (a 1.0 API event behind payload 2.0 still gets its headers and body). */
  private static String consequence(String eventClass, List<TriggerPayload> payloads) {
    if (isApiFormatMixUp(eventClass, payloads)) {
      String lost = eventClass.equals(PROXY_V1) ? "its httpMethod, path, resource and multiValue* fields"
          : "its routeKey, rawPath, rawQueryString, cookies and requestContext.http";
      return lost + " arrive null (headers, body, query string and path parameters still fill)";
    }
    return "Lambda fills it from another payload, so the fields it expects arrive null or the event fails to deserialize";
  }

  /** For a 1.0 class behind SAM HttpApi events, the other fix: ask for the 1.0 format. */
  private static String alternative(String eventClass, List<TriggerPayload> payloads) {
    boolean samHttpApi = payloads.stream().allMatch(p -> p.source().isSamEvent() && p.source().kind() == EventKind.HTTP_API);
    return eventClass.equals(PROXY_V1) && samHttpApi && isApiFormatMixUp(eventClass, payloads)
        ? ", or set PayloadFormatVersion: '1.0' on the event" : "";
  }

  private static Set<String> eventClasses() {
    Set<String> result = new LinkedHashSet<>();
    Stream.of("ActiveMQEvent", "APIGatewayCustomAuthorizerEvent", "APIGatewayProxyRequestEvent",
        "APIGatewayV2CustomAuthorizerEvent", "APIGatewayV2HTTPEvent", "APIGatewayV2ProxyRequestEvent",
        "APIGatewayV2WebSocketEvent", "ApplicationLoadBalancerRequestEvent", "AppSyncLambdaAuthorizerEvent",
        "CloudFormationCustomResourceEvent", "CloudFrontEvent", "CloudWatchLogsEvent", "CodeCommitEvent", "CognitoEvent",
        "CognitoUserPoolCreateAuthChallengeEvent", "CognitoUserPoolCustomMessageEvent",
        "CognitoUserPoolDefineAuthChallengeEvent", "CognitoUserPoolEvent", "CognitoUserPoolMigrateUserEvent",
        "CognitoUserPoolPostAuthenticationEvent", "CognitoUserPoolPostConfirmationEvent",
        "CognitoUserPoolPreAuthenticationEvent", "CognitoUserPoolPreSignUpEvent", "CognitoUserPoolPreTokenGenerationEvent",
        "CognitoUserPoolVerifyAuthChallengeResponseEvent", "ConfigEvent", "ConnectEvent", "DynamodbEvent",
        "DynamodbTimeWindowEvent", "IoTButtonEvent", "KafkaEvent", "KinesisAnalyticsFirehoseInputPreprocessingEvent",
        "KinesisAnalyticsOutputDeliveryEvent", "KinesisAnalyticsStreamsInputPreprocessingEvent", "KinesisEvent",
        "KinesisFirehoseEvent", "KinesisTimeWindowEvent", "LambdaDestinationEvent", "LexEvent", "RabbitMQEvent",
        "S3BatchEvent", "S3Event", "S3ObjectLambdaEvent", "ScheduledEvent", "SecretsManagerRotationEvent", "SNSEvent",
        "SQSEvent").forEach(c -> result.add(EVENTS + c));
    result.add(EVENTS + "models.s3.S3EventNotification");
    TriggerPayload.table().values().forEach(result::addAll);
    return Set.copyOf(result);
  }
}
