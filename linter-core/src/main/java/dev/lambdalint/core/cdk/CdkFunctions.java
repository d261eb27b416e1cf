package dev.lambdalint.core.cdk;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.core.model.TextRange;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Function} constructs as CDK synthesizes them: the {@code AWS::Lambda::Function}, the
 * {@code <Id>ServiceRole} it makes unless given a role, its default policy, its asynchronous
 * invoke configuration and log retention.
 */
final class CdkFunctions {
  private final CdkFile f;

  CdkFunctions(CdkFile f) {
    this.f = f;
  }

  void emit(Made fn) {
    TextRange at = fn.at();
    fn.resource = f.emit(fn.logicalId, "AWS::Lambda::Function", fn.path + "/Resource", at);
    Draft.DMap p = fn.properties = CdkFile.properties(fn.resource);
    fn.setting("code").ifPresent(s -> p.put("Code", s.keyRange(), CdkCode.code(f, s.arg(), s.keyRange())));
    Optional<CdkChains.Setter> role = fn.setting("role");
    if (role.isPresent()) {
      Optional<Made> r = f.emitted(role.get().arg(), CdkTypes.IAM, "Role");
      r.ifPresent(m -> fn.customRole = m);
      p.put("Role", role.get().keyRange(), r.isPresent() ? Draft.getAtt(r.get().logicalId, "Arn", role.get().keyRange())
          : Draft.unknowable(role.get().arg().toString(), role.get().keyRange()));
      fn.roleId = r.map(m -> m.logicalId).orElse(null);
    } else {
      fn.roleId = f.allocate(fn.logicalId + "ServiceRole");
      Draft.DMap roleResource = f.emit(fn.roleId, "AWS::IAM::Role", fn.path + "/ServiceRole/Resource", at);
      Draft.DMap rp = CdkFile.properties(roleResource);
      rp.put("AssumeRolePolicyDocument", at, CdkIam.trustPolicy("lambda.amazonaws.com", at));
      rp.list("ManagedPolicyArns", at).add(CdkIam.awsManagedPolicyArn("service-role/AWSLambdaBasicExecutionRole", at));
      p.put("Role", at, Draft.getAtt(fn.roleId, "Arn", at));
    }
    fn.setting("handler").ifPresent(s -> p.put("Handler", s.keyRange(), f.values.scalar(s.arg(), s.keyRange())));
    fn.setting("runtime").ifPresent(s -> p.put("Runtime", s.keyRange(), runtime(s.arg(), s.keyRange())));
    fn.setting("timeout").ifPresent(s -> p.put("Timeout", s.keyRange(), seconds(s.arg(), s.keyRange())));
    fn.setting("memorySize").ifPresent(s -> p.put("MemorySize", s.keyRange(), number(s.arg(), s.keyRange())));
    fn.setting("functionName").ifPresent(s -> p.put("FunctionName", s.keyRange(), f.values.scalar(s.arg(), s.keyRange())));
    fn.setting("reservedConcurrentExecutions").ifPresent(s ->
        p.put("ReservedConcurrentExecutions", s.keyRange(), number(s.arg(), s.keyRange())));
    fn.setting("environment").ifPresent(s -> environment(p, s));
    fn.setting("tracing").ifPresent(s -> {
      Optional<String> mode = f.values.enumConstant(s.arg(), "Tracing");
      if (mode.isPresent() && mode.get().equals("DISABLED")) return;
      String cfn = mode.map(m -> m.equals("ACTIVE") ? "Active" : m.equals("PASS_THROUGH") ? "PassThrough" : null).orElse(null);
      p.put("TracingConfig", s.keyRange(), new Draft.DMap(s.keyRange()).put("Mode", s.keyRange(),
          cfn == null ? Draft.unknowable(s.arg().toString(), s.keyRange()) : Draft.text(cfn, s.keyRange())));
      if ("Active".equals(cfn)) {
        // CDK lets the role write traces (actions that only accept "*")
        CdkIam.addStatement(f, fn, CdkIam.statement(List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords"), Draft.text("*", s.keyRange()), s.keyRange()), s.keyRange());
      }
    });
    fn.setting("snapStart").ifPresent(s -> {
      Optional<String> conf = f.values.enumConstant(s.arg(), "SnapStartConf");
      Draft applyOn = conf.map(c -> c.equals("ON_PUBLISHED_VERSIONS") ? (Draft) Draft.text("PublishedVersions", s.keyRange()) : null)
          .orElse(Draft.unknowable(s.arg().toString(), s.keyRange()));
      p.put("SnapStart", s.keyRange(), new Draft.DMap(s.keyRange()).put("ApplyOn", s.keyRange(), applyOn));
    });
    deadLetter(fn, p);
    fn.setting("logRetention").ifPresent(s -> logRetention(fn, s));
    fn.setting("logGroup").ifPresent(s -> {
      Optional<Made> lg = f.emitted(s.arg(), CdkTypes.LOGS, "LogGroup");
      p.put("LoggingConfig", s.keyRange(), new Draft.DMap(s.keyRange()).put("LogGroup", s.keyRange(),
          lg.isPresent() ? Draft.ref(lg.get().logicalId, s.keyRange()) : Draft.unknowable(s.arg().toString(), s.keyRange())));
    });
    fn.setting("initialPolicy").ifPresent(s -> {
      Optional<List<Expression>> statements = f.items(s);
      if (statements.isEmpty()) {
        CdkIam.addStatement(f, fn, Draft.unknowable(s.arg().toString(), s.keyRange()), s.keyRange());
        return;
      }
      for (Expression st : statements.get()) CdkIam.addStatement(f, fn, CdkIam.statement(f, st), s.keyRange());
    });
    invokeConfig(fn, fn.settings.orElseThrow(), at);
  }

  /** {@code fn.addEnvironment(…)}, {@code fn.addToRolePolicy(…)}, {@code fn.addFunctionUrl(…)}, {@code fn.configureAsyncInvoke(…)}. */
  boolean call(Made fn, MethodCallExpr call) {
    TextRange at = CdkValues.range(call);
    switch (call.getNameAsString()) {
      case "addEnvironment" -> {
        if (call.getArguments().size() < 2) return false;
        Draft.DMap vars = fn.properties.map("Environment", at).map("Variables", at);
        if (vars.isIntrinsic()) return true;
        Optional<String> name = f.values.string(call.getArgument(0));
        if (name.isEmpty()) {
          // a name not known: the variables are not all known
          fn.properties.put("Environment", at, new Draft.DMap(at).put("Variables", at, Draft.unknowable(call.toString(), at)));
        } else {
          vars.put(name.get(), at, f.values.scalar(call.getArgument(1), at));
        }
        return true;
      }
      case "addToRolePolicy" -> {
        if (call.getArguments().size() != 1) return false;
        CdkIam.addStatement(f, fn, CdkIam.statement(f, call.getArgument(0)), at);
        return true;
      }
      case "configureAsyncInvoke" -> {
        if (call.getArguments().size() != 1) return false;
        Optional<CdkChains.Chain> options = CdkChains.read(f.values.deref(call.getArgument(0))).filter(CdkChains.Chain::built);
        if (options.isEmpty()) {
          Draft.DMap config = f.emit(f.allocate(fn.logicalId + "EventInvokeConfig"), "AWS::Lambda::EventInvokeConfig", fn.path + "/EventInvokeConfig/Resource", at);
          Draft.DMap p = CdkFile.properties(config);
          p.put("FunctionName", at, Draft.ref(fn.logicalId, at));
          p.put("Qualifier", at, Draft.text("$LATEST", at));
          p.put("DestinationConfig", at, Draft.unknowable(call.getArgument(0).toString(), at));
          return true;
        }
        invokeConfig(fn, options.get(), at);
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * {@code onFailure}/{@code onSuccess}/{@code maxEventAge}/{@code retryAttempts}: the
   * {@code AWS::Lambda::EventInvokeConfig} CDK makes for them, at the first of them.
   */
  private void invokeConfig(Made fn, CdkChains.Chain settings, TextRange fallback) {
    List<String> names = List.of("onFailure", "onSuccess", "maxEventAge", "retryAttempts");
    Optional<CdkChains.Setter> first = settings.setters().values().stream().filter(s -> names.contains(s.name())).findFirst();
    if (first.isEmpty()) return;
    TextRange at = first.get().keyRange();
    Draft.DMap config = f.emit(f.allocate(fn.logicalId + "EventInvokeConfig"), "AWS::Lambda::EventInvokeConfig",
        fn.path + "/EventInvokeConfig/Resource", at);
    Draft.DMap p = CdkFile.properties(config);
    p.put("FunctionName", at, Draft.ref(fn.logicalId, at));
    p.put("Qualifier", at, Draft.text("$LATEST", at));
    settings.get("maxEventAge").ifPresent(s -> p.put("MaximumEventAgeInSeconds", s.keyRange(), seconds(s.arg(), s.keyRange())));
    settings.get("retryAttempts").ifPresent(s -> p.put("MaximumRetryAttempts", s.keyRange(), number(s.arg(), s.keyRange())));
    for (String which : List.of("onSuccess", "onFailure")) {
      settings.get(which).ifPresent(s -> {
        Draft target = destination(s.arg(), s.keyRange());
        sqsDestinationQueue(s.arg()).ifPresent(q -> CdkIam.addStatement(f, fn, CdkIam.statement(
            CdkIam.grantActions("Queue", "grantSendMessages").orElseThrow(), f.arnOf(q, s.keyRange()), s.keyRange()), s.keyRange()));
        p.map("DestinationConfig", s.keyRange()).put(which.equals("onFailure") ? "OnFailure" : "OnSuccess", s.keyRange(),
            new Draft.DMap(s.keyRange()).put("Destination", s.keyRange(), target));
      });
    }
  }

  /** The queue of {@code new SqsDestination(q)}: CDK lets the function send to it. */
  private Optional<Expression> sqsDestinationQueue(Expression e) {
    Expression x = f.values.deref(e);
    return x instanceof ObjectCreationExpr created && created.getType().getNameAsString().equals("SqsDestination")
        && created.getArguments().size() == 1 ? Optional.of(created.getArgument(0)) : Optional.empty();
  }

  /** {@code new SqsDestination(q)}, {@code new SnsDestination(t)}, {@code new LambdaDestination(fn)}: the target's ARN. */
  private Draft destination(Expression e, TextRange at) {
    Expression x = f.values.deref(e);
    if (x instanceof ObjectCreationExpr created && created.getArguments().size() >= 1) {
      String type = created.getType().getNameAsString();
      if (List.of("SqsDestination", "SnsDestination", "LambdaDestination", "EventBridgeDestination").contains(type)) {
        return f.arnOf(created.getArgument(0), at);
      }
    }
    return Draft.unknowable(e.toString(), at);
  }

  private void deadLetter(Made fn, Draft.DMap p) {
    Optional<CdkChains.Setter> queue = fn.setting("deadLetterQueue");
    Optional<CdkChains.Setter> topic = fn.setting("deadLetterTopic");
    Optional<CdkChains.Setter> enabled = fn.setting("deadLetterQueueEnabled");
    if (queue.isPresent()) {
      CdkChains.Setter s = queue.get();
      Draft target = f.arnOf(s.arg(), s.keyRange());
      p.put("DeadLetterConfig", s.keyRange(), new Draft.DMap(s.keyRange()).put("TargetArn", s.keyRange(), target));
      CdkIam.addStatement(f, fn, CdkIam.statement(List.of("sqs:SendMessage"), f.arnOf(s.arg(), s.keyRange()), s.keyRange()), s.keyRange());
    } else if (topic.isPresent()) {
      CdkChains.Setter s = topic.get();
      p.put("DeadLetterConfig", s.keyRange(), new Draft.DMap(s.keyRange()).put("TargetArn", s.keyRange(), f.arnOf(s.arg(), s.keyRange())));
    } else if (enabled.isPresent()) {
      CdkChains.Setter s = enabled.get();
      Optional<Boolean> on = f.values.bool(s.arg());
      if (on.isEmpty()) {
        p.put("DeadLetterConfig", s.keyRange(), Draft.unknowable(s.arg().toString(), s.keyRange()));
      } else if (on.get()) {
        String queueId = f.allocate(fn.logicalId + "DeadLetterQueue");
        Draft.DMap q = f.emit(queueId, "AWS::SQS::Queue", fn.path + "/DeadLetterQueue/Resource", s.keyRange());
        CdkFile.properties(q).put("MessageRetentionPeriod", s.keyRange(), Draft.number(1209600, s.keyRange()));
        p.put("DeadLetterConfig", s.keyRange(), new Draft.DMap(s.keyRange()).put("TargetArn", s.keyRange(),
            Draft.getAtt(queueId, "Arn", s.keyRange())));
      }
    }
  }

  /** {@code .logRetention(RetentionDays.X)}: the {@code Custom::LogRetention} CDK makes for {@code /aws/lambda/<fn>}. */
  private void logRetention(Made fn, CdkChains.Setter s) {
    TextRange at = s.keyRange();
    Optional<Long> days = CdkIam.retentionDays(f, s.arg());
    Draft.DMap lr = f.emit(f.allocate(fn.logicalId + "LogRetention"), "Custom::LogRetention", fn.path + "/LogRetention/Resource", at);
    Draft.DMap p = CdkFile.properties(lr);
    p.put("ServiceToken", at, Draft.unknowable("LogRetention provider", at));
    p.put("LogGroupName", at, new Draft.DMap(at).put("Fn::Join", at, new Draft.DList(at).add(Draft.text("", at))
        .add(new Draft.DList(at).add(Draft.text("/aws/lambda/", at)).add(Draft.ref(fn.logicalId, at)))));
    if (days.isPresent()) {
      if (days.get() != 9999) p.put("RetentionInDays", at, Draft.number(days.get(), at));
    } else {
      p.put("RetentionInDays", at, Draft.unknowable(s.arg().toString(), at));
    }
  }

  private void environment(Draft.DMap p, CdkChains.Setter s) {
    Draft vars = CdkEnvironment.variables(f, s.arg(), s.keyRange());
    p.put("Environment", s.keyRange(), new Draft.DMap(s.keyRange()).put("Variables", s.keyRange(), vars));
  }

  Draft seconds(Expression e, TextRange at) {
    return f.values.seconds(e).map(v -> (Draft) Draft.number(v, at)).orElseGet(() -> Draft.unknowable(e.toString(), at));
  }

  Draft number(Expression e, TextRange at) {
    return f.values.integer(e).map(v -> (Draft) Draft.number(v, at)).orElseGet(() -> Draft.unknowable(e.toString(), at));
  }

  private static final Pattern LANGUAGE_VERSION = Pattern.compile("(JAVA|PYTHON|NODEJS|RUBY|DOTNET|GO)_(.+)");

  /** {@code Runtime.JAVA_21} → {@code java21}; {@code new Runtime("java21")}; unknowable otherwise. */
  Draft runtime(Expression e, TextRange at) {
    Expression x = f.values.deref(e);
    if (x instanceof ObjectCreationExpr created && created.getType().getNameAsString().equals("Runtime") && !created.getArguments().isEmpty()) {
      return f.values.scalar(created.getArgument(0), at);
    }
    Optional<String> constant = f.values.enumConstant(x, "Runtime");
    Optional<String> name = constant.flatMap(CdkFunctions::runtimeName);
    return name.map(n -> (Draft) Draft.text(n, at)).orElseGet(() -> Draft.unknowable(e.toString(), at));
  }

  /** The CloudFormation name of a CDK {@code Runtime} constant; empty for one whose value a CDK version decides ({@code NODEJS_LATEST}). */
  static Optional<String> runtimeName(String constant) {
    switch (constant) {
      case "JAVA_8_CORRETTO":
        return Optional.of("java8.al2");
      case "PROVIDED":
        return Optional.of("provided");
      case "PROVIDED_AL2":
        return Optional.of("provided.al2");
      case "PROVIDED_AL2023":
        return Optional.of("provided.al2023");
      case "GO_1_X":
        return Optional.of("go1.x");
      case "DOTNET_CORE_1":
        return Optional.of("dotnetcore1.0");
      case "DOTNET_CORE_2":
        return Optional.of("dotnetcore2.0");
      case "DOTNET_CORE_2_1":
        return Optional.of("dotnetcore2.1");
      case "DOTNET_CORE_3_1":
        return Optional.of("dotnetcore3.1");
      default:
        break;
    }
    if (constant.endsWith("_LATEST")) return Optional.empty();
    Matcher m = LANGUAGE_VERSION.matcher(constant);
    if (!m.matches()) return Optional.empty();
    String language = m.group(1).toLowerCase(Locale.ROOT);
    String version = m.group(2);
    return switch (language) {
      case "java" -> version.matches("\\d+") ? Optional.of("java" + version) : Optional.empty();
      case "python", "ruby" -> version.matches("\\d+_\\d+") ? Optional.of(language + version.replace('_', '.')) : Optional.empty();
      case "nodejs" -> version.matches("\\d+_X") ? Optional.of("nodejs" + version.substring(0, version.length() - 2) + ".x")
          : version.matches("\\d+_\\d+") ? Optional.of("nodejs" + version.replace('_', '.')) : Optional.empty();
      case "dotnet" -> version.matches("\\d+") ? Optional.of("dotnet" + version) : Optional.empty();
      default -> Optional.empty();
    };
  }
}
