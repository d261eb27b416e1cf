package dev.lambdalint.core.cdk;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.core.model.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * REST APIs that invoke the file's functions: {@code LambdaRestApi} (its {@code handler}) and each
 * {@code new LambdaIntegration(fn[, options])}, as the {@code AWS::ApiGateway::Method} whose
 * {@code AWS_PROXY} integration calls the function, at the construct or the integration. An
 * integration whose options cannot be read is left out (its timeout may be its own).
 */
final class CdkApis {
  private CdkApis() {}

  static void emitRestApi(CdkFile f, Made api) {
    TextRange at = api.at();
    f.emit(api.logicalId, "AWS::ApiGateway::RestApi", api.path + "/Resource", at);
    if (!api.is(CdkTypes.APIGATEWAY, "LambdaRestApi")) return;
    api.setting("handler").flatMap(s -> f.emitted(s.arg(), CdkTypes.LAMBDA, "Function"))
        .ifPresent(fn -> method(f, f.allocate(api.logicalId + "ANY"), api.path + "/Default/ANY", Optional.of(api), fn, Optional.empty(), at));
  }

  /**
   * Every {@code new LambdaIntegration(fn[, options])} and {@code LambdaIntegration.Builder.create(fn)…build()}
   * of the file whose function is one of its own.
   */
  static void integrations(CdkFile f) {
    for (Expression e : f.unit.findAll(Expression.class, CdkFile::isCreation)) {
      Expression fnExpr;
      Expression whole;
      Optional<CdkChains.Chain> options = Optional.empty();
      if (e instanceof ObjectCreationExpr created) {
        if (!f.types.is(created.getType().getNameWithScope(), CdkTypes.APIGATEWAY, "LambdaIntegration")) continue;
        if (created.getArguments().isEmpty() || created.getArguments().size() > 2) continue;
        fnExpr = created.getArgument(0);
        whole = created;
        if (created.getArguments().size() == 2) {
          options = CdkChains.read(f.values.deref(created.getArgument(1))).filter(CdkChains.Chain::built);
          if (options.isEmpty()) continue;
        }
      } else {
        MethodCallExpr create = (MethodCallExpr) e;
        if (!f.types.is(CdkChains.builderType(create), CdkTypes.APIGATEWAY, "LambdaIntegration") || create.getArguments().size() != 1) continue;
        fnExpr = create.getArgument(0);
        whole = CdkChains.outer(create);
        options = CdkChains.read(whole).filter(CdkChains.Chain::built);
        if (options.isEmpty()) continue;
      }
      Optional<Made> fn = f.emitted(fnExpr, CdkTypes.LAMBDA, "Function");
      if (fn.isEmpty()) continue;
      // a timeout or transfer mode of its own that cannot be read may well cover the function's
      if (options.flatMap(o -> o.get("timeout")).map(t -> f.values.seconds(t.arg()).isEmpty()).orElse(false)) continue;
      if (options.flatMap(o -> o.get("responseTransferMode")).isPresent()) continue;
      TextRange at = CdkValues.range(e);
      String id = f.allocate(fn.get().logicalId + "Integration");
      Optional<Made> api = apiOf(f, whole);
      method(f, id, api.map(a -> a.path).orElse(id) + "/" + fn.get().id + "Integration", api, fn.get(), options, at);
    }
  }

  /** The REST API construct of the file whose method {@code integration} is given to ({@code api.getRoot().addResource("x").addMethod("GET", it)}). */
  private static Optional<Made> apiOf(CdkFile f, Expression integration) {
    // the integration may be kept in a variable first: then the call that passes that variable
    Optional<String> variable = CdkFile.variableOf(integration);
    MethodCallExpr addMethod = null;
    if (integration.getParentNode().orElse(null) instanceof MethodCallExpr call && call.getNameAsString().equals("addMethod")
        && call.getArguments().contains(integration)) {
      addMethod = call;
    } else if (variable.isPresent()) {
      addMethod = f.unit.findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("addMethod")
          && c.getArguments().stream().anyMatch(a -> CdkValues.simpleName(a).equals(variable))).stream().findFirst().orElse(null);
    }
    if (addMethod == null) return Optional.empty();
    Expression receiver = addMethod.getScope().orElse(null);
    while (receiver instanceof MethodCallExpr inner && inner.getScope().isPresent()
        && (inner.getNameAsString().equals("getRoot") || inner.getNameAsString().equals("addResource")
            || inner.getNameAsString().equals("resourceForPath"))) {
      receiver = inner.getScope().get();
    }
    return receiver == null ? Optional.empty()
        : f.construct(receiver).filter(m -> m.logicalId != null && m.qualifiedType.startsWith(CdkTypes.APIGATEWAY + "."));
  }

  private static void method(CdkFile f, String id, String path, Optional<Made> api, Made fn, Optional<CdkChains.Chain> options, TextRange at) {
    Draft restApi = api.map(a -> (Draft) Draft.ref(a.logicalId, at)).orElseGet(() -> Draft.unknowable("the RestApi of " + fn.id, at));
    Draft.DMap p = CdkFile.properties(f.emit(id, "AWS::ApiGateway::Method", path + "/Resource", at));
    p.put("HttpMethod", at, Draft.text("ANY", at));
    p.put("RestApiId", at, restApi);
    p.put("ResourceId", at, Draft.unknowable("resource", at));
    p.put("AuthorizationType", at, Draft.text("NONE", at));
    Draft.DMap integration = new Draft.DMap(at);
    integration.put("IntegrationHttpMethod", at, Draft.text("POST", at));
    integration.put("Type", at, Draft.text("AWS_PROXY", at));
    integration.put("Uri", at, new Draft.DMap(at).put("Fn::Join", at, new Draft.DList(at).add(Draft.text("", at))
        .add(new Draft.DList(at).add(Draft.text("arn:", at)).add(Draft.ref("AWS::Partition", at)).add(Draft.text(":apigateway:", at))
            .add(Draft.ref("AWS::Region", at)).add(Draft.text(":lambda:path/2015-03-31/functions/", at))
            .add(Draft.getAtt(fn.logicalId, "Arn", at)).add(Draft.text("/invocations", at)))));
    options.flatMap(o -> o.get("timeout")).ifPresent(s -> integration.put("TimeoutInMillis", s.keyRange(),
        f.values.seconds(s.arg()).map(v -> (Draft) Draft.number(v * 1000, s.keyRange()))
            .orElseGet(() -> Draft.unknowable(s.arg().toString(), s.keyRange()))));
    p.put("Integration", at, integration);
    // the permission CDK adds for API Gateway, its SourceArn naming the API
    Draft.DMap perm = CdkFile.properties(f.emit(f.allocate(id + "ApiPermission"), "AWS::Lambda::Permission", path + "/ApiPermission", at));
    perm.put("Action", at, Draft.text("lambda:InvokeFunction", at));
    perm.put("FunctionName", at, Draft.getAtt(fn.logicalId, "Arn", at));
    perm.put("Principal", at, Draft.text("apigateway.amazonaws.com", at));
    perm.put("SourceArn", at, new Draft.DMap(at).put("Fn::Join", at, new Draft.DList(at).add(Draft.text("", at))
        .add(new Draft.DList(at).add(Draft.text("arn:", at)).add(Draft.ref("AWS::Partition", at)).add(Draft.text(":execute-api:", at))
            .add(Draft.ref("AWS::Region", at)).add(Draft.text(":", at)).add(Draft.ref("AWS::AccountId", at)).add(Draft.text(":", at))
            .add(restApi).add(Draft.text("/*/*/*", at)))));
  }

  /** Whether a qualified type is the HTTP API construct {@code simple} (stable or alpha module). */
  static boolean isHttpApiType(String qualified, String simple) {
    return qualified.startsWith(CdkTypes.CDK + ".services.apigatewayv2") && qualified.endsWith("." + simple);
  }

  static void emitHttpApi(CdkFile f, Made api) {
    TextRange at = api.at();
    Draft.DMap p = CdkFile.properties(f.emit(api.logicalId, "AWS::ApiGatewayV2::Api", api.path + "/Resource", at));
    p.put("ProtocolType", at, Draft.text("HTTP", at));
    api.setting("apiName").ifPresent(s -> p.put("Name", s.keyRange(), f.values.scalar(s.arg(), s.keyRange())));
  }

  /**
   * Every {@code new HttpLambdaIntegration("Id", fn[, props])} whose function is the file's: the
   * {@code AWS::ApiGatewayV2::Integration} and permission CDK makes, on the file's HTTP API when it
   * has exactly one.
   */
  static void httpIntegrations(CdkFile f) {
    List<Made> apis = f.made.stream().filter(m -> m.logicalId != null && isHttpApiType(m.qualifiedType, "HttpApi")).toList();
    for (ObjectCreationExpr created : f.unit.findAll(ObjectCreationExpr.class,
        c -> f.types.qualified(c.getType().getNameWithScope()).map(q -> isHttpApiType(q, "HttpLambdaIntegration")).orElse(false))) {
      if (created.getArguments().size() < 2 || created.getArguments().size() > 3) continue;
      Optional<Made> fn = f.emitted(created.getArgument(1), CdkTypes.LAMBDA, "Function");
      if (fn.isEmpty()) continue;
      TextRange at = CdkValues.range(created);
      Draft payload = Draft.text("2.0", at);
      if (created.getArguments().size() == 3) {
        Optional<CdkChains.Chain> props = CdkChains.read(f.values.deref(created.getArgument(2))).filter(CdkChains.Chain::built);
        if (props.isEmpty()) {
          payload = Draft.unknowable(created.getArgument(2).toString(), at);
        } else if (props.get().get("payloadFormatVersion").isPresent()) {
          CdkChains.Setter s = props.get().get("payloadFormatVersion").get();
          Optional<String> v = f.values.enumConstant(s.arg(), "PayloadFormatVersion");
          payload = v.map(c -> c.equals("VERSION_1_0") ? "1.0" : c.equals("VERSION_2_0") ? "2.0" : null)
              .map(t -> (Draft) Draft.text(t, s.keyRange())).orElseGet(() -> Draft.unknowable(s.arg().toString(), s.keyRange()));
        }
      }
      Optional<Made> api = apis.size() == 1 ? Optional.of(apis.get(0)) : Optional.empty();
      Draft apiRef = api.map(a -> (Draft) Draft.ref(a.logicalId, at)).orElseGet(() -> Draft.unknowable("the HttpApi of " + created, at));
      String id = f.allocate(fn.get().logicalId + "HttpIntegration");
      String path = api.map(a -> a.path).orElse(fn.get().path) + "/" + f.values.string(created.getArgument(0)).orElse(id);
      Draft.DMap p = CdkFile.properties(f.emit(id, "AWS::ApiGatewayV2::Integration", path + "/Resource", at));
      p.put("ApiId", at, apiRef);
      p.put("IntegrationType", at, Draft.text("AWS_PROXY", at));
      p.put("IntegrationUri", at, Draft.getAtt(fn.get().logicalId, "Arn", at));
      p.put("PayloadFormatVersion", at, payload);
      Draft.DMap perm = CdkFile.properties(f.emit(f.allocate(id + "Permission"), "AWS::Lambda::Permission", path + "-Permission", at));
      perm.put("Action", at, Draft.text("lambda:InvokeFunction", at));
      perm.put("FunctionName", at, Draft.getAtt(fn.get().logicalId, "Arn", at));
      perm.put("Principal", at, Draft.text("apigateway.amazonaws.com", at));
      perm.put("SourceArn", at, new Draft.DMap(at).put("Fn::Join", at, new Draft.DList(at).add(Draft.text("", at))
          .add(new Draft.DList(at).add(Draft.text("arn:", at)).add(Draft.ref("AWS::Partition", at)).add(Draft.text(":execute-api:", at))
              .add(Draft.ref("AWS::Region", at)).add(Draft.text(":", at)).add(Draft.ref("AWS::AccountId", at)).add(Draft.text(":", at))
              .add(api.map(a -> (Draft) Draft.ref(a.logicalId, at)).orElseGet(() -> Draft.unknowable("api", at))).add(Draft.text("/*/*", at)))));
    }
  }
}
