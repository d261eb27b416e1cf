package dev.lambdalint.core.cdk;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CDK types a file names, told by its imports: {@code Function} is CDK's Lambda function only
 * when {@code software.amazon.awscdk.services.lambda.Function} (or its package with {@code *}) is
 * imported, never {@code java.util.function.Function}.
 */
final class CdkTypes {
  static final String CDK = "software.amazon.awscdk";
  static final String LAMBDA = CDK + ".services.lambda";
  static final String EVENT_SOURCES = LAMBDA + ".eventsources";
  static final String DESTINATIONS = LAMBDA + ".destinations";
  static final String SQS = CDK + ".services.sqs";
  static final String SNS = CDK + ".services.sns";
  static final String SNS_SUBSCRIPTIONS = SNS + ".subscriptions";
  static final String EVENTS = CDK + ".services.events";
  static final String EVENTS_TARGETS = EVENTS + ".targets";
  static final String IAM = CDK + ".services.iam";
  static final String LOGS = CDK + ".services.logs";
  static final String DYNAMODB = CDK + ".services.dynamodb";
  static final String S3 = CDK + ".services.s3";
  static final String APIGATEWAY = CDK + ".services.apigateway";
  static final String KINESIS = CDK + ".services.kinesis";

  /** The packages whose simple names a wildcard import brings in, for the types this reader knows. */
  private static final Map<String, String> KNOWN = new HashMap<>();

  static {
    for (String t : new String[] {"Function", "FunctionProps", "Runtime", "Code", "Tracing", "SnapStartConf",
        "EventSourceMapping", "FunctionUrl", "FunctionUrlOptions", "FunctionUrlAuthType", "StartingPosition",
        "DockerImageCode", "DockerImageFunction", "Architecture", "Version", "VersionProps", "Alias"}) KNOWN.put(t, LAMBDA);
    for (String t : new String[] {"SqsEventSource", "SqsEventSourceProps", "KinesisEventSource", "KinesisEventSourceProps",
        "DynamoEventSource", "DynamoEventSourceProps", "SqsDlq", "SnsDlq", "SnsEventSource", "S3EventSource"}) KNOWN.put(t, EVENT_SOURCES);
    for (String t : new String[] {"SqsDestination", "SnsDestination", "LambdaDestination", "EventBridgeDestination"}) KNOWN.put(t, DESTINATIONS);
    for (String t : new String[] {"Queue", "QueueProps", "DeadLetterQueue"}) KNOWN.put(t, SQS);
    KNOWN.put("Topic", SNS);
    KNOWN.put("LambdaSubscription", SNS_SUBSCRIPTIONS);
    KNOWN.put("Rule", EVENTS);
    KNOWN.put("Schedule", EVENTS);
    KNOWN.put("LambdaFunction", EVENTS_TARGETS);
    KNOWN.put("LambdaFunctionProps", EVENTS_TARGETS);
    for (String t : new String[] {"Role", "PolicyStatement", "PolicyStatementProps", "Effect", "ManagedPolicy", "ServicePrincipal"}) KNOWN.put(t, IAM);
    KNOWN.put("RetentionDays", LOGS);
    KNOWN.put("LogGroup", LOGS);
    KNOWN.put("Table", DYNAMODB);
    KNOWN.put("Bucket", S3);
    KNOWN.put("Stream", KINESIS);
    KNOWN.put("LambdaRestApi", APIGATEWAY);
    KNOWN.put("RestApi", APIGATEWAY);
    KNOWN.put("LambdaIntegration", APIGATEWAY);
    KNOWN.put("Duration", CDK);
    KNOWN.put("Size", CDK);
  }

  private final Map<String, String> single = new HashMap<>();
  private final Set<String> wildcards = new HashSet<>();
  private final String ownPackage;

  CdkTypes(CompilationUnit unit) {
    ownPackage = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    for (ImportDeclaration i : unit.getImports()) {
      if (i.isStatic()) continue;
      String name = i.getNameAsString();
      if (i.isAsterisk()) wildcards.add(name);
      else single.put(name.substring(name.lastIndexOf('.') + 1), name);
    }
  }

  /** Whether the file imports anything of the CDK. */
  static boolean importsCdk(CompilationUnit unit) {
    return unit.getImports().stream().anyMatch(i -> i.getNameAsString().startsWith(CDK));
  }

  /**
   * The qualified name of a type as written ({@code Function}, {@code Function.Builder},
   * {@code software.amazon.awscdk.services.lambda.Function}); empty when the imports do not tell.
   */
  Optional<String> qualified(String written) {
    if (written.startsWith(CDK + ".")) return Optional.of(written);
    String first = written.contains(".") ? written.substring(0, written.indexOf('.')) : written;
    String rest = written.substring(first.length());
    String imported = single.get(first);
    if (imported != null) return Optional.of(imported + rest);
    String pkg = KNOWN.get(first);
    if (pkg != null && wildcards.contains(pkg)) return Optional.of(pkg + "." + first + rest);
    return Optional.empty();
  }

  /** Whether {@code written} names the CDK type {@code pkg.simple}. */
  boolean is(String written, String pkg, String simple) {
    return qualified(written).map(q -> q.equals(pkg + "." + simple)).orElse(false);
  }

  /** The qualified name as far as it is known: imported, or in the file's own package. */
  String qualifiedOrGuess(String written) {
    return qualified(written).orElse(written.contains(".") || ownPackage.isEmpty() ? written : written);
  }

  /** Whether the type is a JDK one (never a construct). */
  boolean isJdk(String written) {
    return qualified(written).map(q -> q.startsWith("java.")).orElse(false)
        || written.equals("String") || written.equals("Object");
  }
}
