package dev.lambdalint.core.cdk;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Template;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a CDK Java source file into the template its constructs would synthesize to, every node
 * positioned in the Java source ({@link Template#fromCdkSource}), and the {@link CdkSource} of the
 * constructs it creates. Constructs it does not model are recorded and emit nothing; values it
 * cannot know are emitted as unknowable, never guessed.
 */
public final class CdkReader {
  private CdkReader() {}

  /** Whether a parsed file is CDK app code: it imports {@code software.amazon.awscdk}. */
  public static boolean isCdk(JavaSource source) {
    return CdkTypes.importsCdk(source.unit());
  }

  public static Template read(JavaSource source) {
    return read(source, CdkCode.assetBase(source.file().absolutePath()));
  }

  /** Reads {@code source}, with {@code Code.fromAsset} paths relative to {@code assetBase}. */
  public static Template read(JavaSource source, Path assetBase) {
    CdkFile f = new CdkFile(source.file(), source.unit(), assetBase);
    collect(f);
    for (Made m : f.made) {
      if (modelled(m)) m.logicalId = f.allocate(m.id);
    }
    for (Made m : f.made) {
      if (m.logicalId == null) continue;
      if (m.is(CdkTypes.SQS, "Queue")) CdkMessaging.emitQueue(f, m);
      else if (m.is(CdkTypes.SNS, "Topic")) CdkMessaging.emitTopic(f, m);
      else if (m.is(CdkTypes.LOGS, "LogGroup")) CdkMessaging.emitLogGroup(f, m);
      else if (m.is(CdkTypes.IAM, "Role")) CdkIam.emitRole(f, m);
      else if (m.is(CdkTypes.KINESIS, "Stream")) f.emit(m.logicalId, "AWS::Kinesis::Stream", m.path + "/Resource", m.at());
      else if (m.is(CdkTypes.DYNAMODB, "Table")) f.emit(m.logicalId, "AWS::DynamoDB::Table", m.path + "/Resource", m.at());
    }
    CdkFunctions functions = new CdkFunctions(f);
    for (Made m : f.made) if (m.logicalId != null && m.is(CdkTypes.LAMBDA, "Function")) functions.emit(m);
    for (Made m : f.made) if (m.logicalId != null && m.is(CdkTypes.EVENTS, "Rule")) CdkMessaging.emitRule(f, m);
    for (Made m : f.made) {
      if (m.logicalId != null && m.is(CdkTypes.LAMBDA, "FunctionUrl")) {
        Optional<Made> fn = m.setting("function").flatMap(s -> f.emitted(s.arg(), CdkTypes.LAMBDA, "Function"));
        CdkMessaging.functionUrl(f, fn.orElse(null), m.logicalId, m.path + "/Resource", m.settings, null, m.at());
      }
    }
    for (Made m : f.made) if (m.logicalId != null && m.qualifiedType.startsWith(CdkTypes.APIGATEWAY + ".")) CdkApis.emitRestApi(f, m);
    CdkApis.integrations(f);
    for (Made m : f.made) if (m.logicalId != null && CdkApis.isHttpApiType(m.qualifiedType, "HttpApi")) CdkApis.emitHttpApi(f, m);
    CdkApis.httpIntegrations(f);
    for (Made m : f.made) {
      if (m.logicalId == null || !m.is(CdkTypes.LAMBDA, "Function")) continue;
      m.setting("events").ifPresent(s -> f.items(s).ifPresent(items -> items.forEach(e -> CdkEventSources.add(f, m, e))));
    }
    for (Made m : f.made) {
      if (m.logicalId != null && m.is(CdkTypes.LAMBDA, "Version")) {
        Optional<Made> fn = m.setting("lambda").flatMap(s -> f.emitted(s.arg(), CdkTypes.LAMBDA, "Function"));
        Draft.DMap p = CdkFile.properties(f.emit(m.logicalId, "AWS::Lambda::Version", m.path + "/Resource", m.at()));
        p.put("FunctionName", m.at(), fn.isPresent() ? Draft.ref(fn.get().logicalId, m.at()) : Draft.unknowable("lambda", m.at()));
      }
    }
    calls(f, functions);
    MapNode root = new Draft.DMap(f.resources.range).put("Resources", f.resources.range, f.resources).toNode(f.file, "");
    return Template.fromCdkSource(f.file, root, cdkSource(f));
  }

  /** The constructs whose resources this reader emits: their settings must all be known, and their id. */
  private static boolean modelled(Made m) {
    if (m.id == null || !m.settingsKnown()) return false;
    return m.is(CdkTypes.LAMBDA, "Function") || m.is(CdkTypes.SQS, "Queue") || m.is(CdkTypes.SNS, "Topic")
        || m.is(CdkTypes.LOGS, "LogGroup") || m.is(CdkTypes.IAM, "Role") || m.is(CdkTypes.EVENTS, "Rule")
        || m.is(CdkTypes.LAMBDA, "FunctionUrl") || m.is(CdkTypes.LAMBDA, "Version") || m.is(CdkTypes.APIGATEWAY, "LambdaRestApi")
        || m.is(CdkTypes.APIGATEWAY, "RestApi") || CdkApis.isHttpApiType(m.qualifiedType, "HttpApi") || m.is(CdkTypes.KINESIS, "Stream") || m.is(CdkTypes.DYNAMODB, "Table");
  }

  /** Every construct creation of the file, in source order. */
  private static void collect(CdkFile f) {
    for (Expression e : f.unit.findAll(Expression.class, CdkFile::isCreation)) {
      String written;
      List<Expression> args;
      Expression whole;
      Optional<CdkChains.Chain> settings;
      if (e instanceof ObjectCreationExpr created) {
        written = created.getType().getNameWithScope();
        if (written.endsWith(".Builder") || created.getAnonymousClassBody().isPresent()) continue;
        args = created.getArguments();
        whole = created;
        settings = args.size() == 2 ? Optional.of(new CdkChains.Chain(created, written, java.util.Map.of(), true))
            : args.size() == 3 ? CdkChains.read(f.values.deref(args.get(2))) : Optional.empty();
      } else {
        MethodCallExpr create = (MethodCallExpr) e;
        written = CdkChains.builderType(create);
        args = create.getArguments();
        whole = CdkChains.outer(create);
        settings = CdkChains.read(whole);
      }
      if (args.size() < 2 || f.types.isJdk(written)) continue;
      Expression scope = CdkValues.strip(args.get(0));
      Optional<String> id = f.values.string(args.get(1));
      Optional<String> qualified = f.types.qualified(written);
      boolean cdkType = qualified.map(q -> q.startsWith(CdkTypes.CDK)).orElse(false);
      // a construct: made with a scope and a string id; or a CDK type made in this scope with an id not known
      // (never an event source's or a subscription's (target, props))
      boolean scopeLike = CdkFile.isThis(scope) || CdkValues.simpleName(scope).isPresent();
      boolean unknownId = cdkType && CdkFile.isThis(scope);
      if (!(id.isPresent() && scopeLike) && !unknownId) continue;
      boolean toThis = CdkFile.isThis(scope);
      String path = id.orElse(written);
      if (!toThis) {
        Optional<Made> parent = f.construct(scope);
        if (parent.isPresent()) path = parent.get().path + "/" + path;
      }
      String simple = written.substring(written.lastIndexOf('.') + 1);
      f.register(new Made(id.orElse(null), simple, qualified.orElse(written), toThis, e, whole, settings, path));
    }
  }

  /** Calls on the file's constructs, in source order: event sources, environment, policies, grants, URLs, subscriptions, targets. */
  private static void calls(CdkFile f, CdkFunctions functions) {
    for (MethodCallExpr call : f.unit.findAll(MethodCallExpr.class)) {
      if (call.getScope().isEmpty()) continue;
      Expression receiver = call.getScope().get();
      Optional<Made> on = f.construct(receiver);
      if (on.isEmpty()) {
        // fn.getRole().addManagedPolicy(…)
        if (receiver instanceof MethodCallExpr getRole && getRole.getNameAsString().equals("getRole") && getRole.getScope().isPresent()) {
          Optional<Made> fn = f.emitted(getRole.getScope().get(), CdkTypes.LAMBDA, "Function");
          if (fn.isPresent()) roleCallOfFunction(f, fn.get(), call);
        }
        continue;
      }
      Made m = on.get();
      if (m.logicalId == null) continue;
      String name = call.getNameAsString();
      if (m.is(CdkTypes.LAMBDA, "Function")) {
        if (name.equals("addEventSource")) CdkEventSources.addEventSource(f, m, call);
        else if (name.equals("addFunctionUrl")) {
          Optional<Expression> options = call.getArguments().isEmpty() ? Optional.empty() : Optional.of(call.getArgument(0));
          Optional<CdkChains.Chain> chain = options.flatMap(o -> CdkChains.read(f.values.deref(o))).filter(CdkChains.Chain::built);
          CdkMessaging.functionUrl(f, m, f.allocate(m.logicalId + "FunctionUrl"), m.path + "/FunctionUrl/Resource", chain,
              options.orElse(null), CdkValues.range(call));
        } else if (List.of("getCurrentVersion", "currentVersion", "addAlias").contains(name)) {
          currentVersion(f, m, CdkValues.range(call));
        } else functions.call(m, call);
      } else if (m.is(CdkTypes.IAM, "Role")) {
        CdkIam.roleCall(f, m, call);
      } else if (m.is(CdkTypes.SNS, "Topic") && name.equals("addSubscription")) {
        CdkMessaging.addSubscription(f, m, call);
      } else if (m.is(CdkTypes.EVENTS, "Rule") && name.equals("addTarget") && call.getArguments().size() == 1) {
        CdkMessaging.addTarget(f, m, call.getArgument(0));
      }
      if (name.startsWith("grant") && call.getArguments().size() == 1) grant(f, m, call);
    }
  }

  /** The {@code AWS::Lambda::Version} CDK publishes for {@code fn.getCurrentVersion()} (and {@code addAlias}), once. */
  private static void currentVersion(CdkFile f, Made fn, TextRange at) {
    if (fn.currentVersionId != null) return;
    fn.currentVersionId = f.allocate(fn.logicalId + "CurrentVersion");
    Draft.DMap p = CdkFile.properties(f.emit(fn.currentVersionId, "AWS::Lambda::Version", fn.path + "/CurrentVersion/Resource", at));
    p.put("FunctionName", at, Draft.ref(fn.logicalId, at));
  }

  private static void roleCallOfFunction(CdkFile f, Made fn, MethodCallExpr call) {
    if (fn.customRole != null) {
      CdkIam.roleCall(f, fn.customRole, call);
      return;
    }
    if (fn.roleId == null || !call.getNameAsString().equals("addManagedPolicy") || call.getArguments().size() != 1) return;
    Optional<Draft> role = f.resources.get(fn.roleId);
    if (role.isEmpty()) return;
    Draft.DMap p = CdkFile.properties((Draft.DMap) role.get());
    p.list("ManagedPolicyArns", CdkValues.range(call)).add(CdkIam.managedPolicy(f, call.getArgument(0)));
  }

  /** {@code queue.grantConsumeMessages(fn)} and kin: the statement CDK adds to the function's default policy. */
  private static void grant(CdkFile f, Made resource, MethodCallExpr call) {
    Optional<Made> fn = f.emitted(call.getArgument(0), CdkTypes.LAMBDA, "Function");
    if (fn.isEmpty()) return;
    Optional<List<String>> actions = CdkIam.grantActions(resource.typeName, call.getNameAsString());
    if (actions.isEmpty()) return;
    TextRange at = CdkValues.range(call);
    CdkIam.addStatement(f, fn.get(), CdkIam.statement(actions.get(), f.arn(Optional.of(resource), call.getScope().get(), at), at), at);
  }

  private static CdkSource cdkSource(CdkFile f) {
    String pkg = f.unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
    Optional<TypeDeclaration<?>> type = f.mainType();
    String className = pkg + type.map(TypeDeclaration::getNameAsString).orElse(f.file.fileName().replace(".java", ""));
    String superclass = type.filter(t -> t instanceof ClassOrInterfaceDeclaration).map(t -> (ClassOrInterfaceDeclaration) t)
        .flatMap(c -> c.getExtendedTypes().stream().findFirst()).map(t -> t.getNameAsString()).orElse("");
    List<CdkSource.CdkConstruct> constructs = new ArrayList<>();
    for (Made m : f.made) {
      constructs.add(new CdkSource.CdkConstruct(m.id == null ? "" : m.id, m.typeName, m.qualifiedType, m.scopedToThis,
          new dev.lambdalint.core.model.Location(f.file, m.at(), null, m.logicalId), Optional.ofNullable(m.logicalId)));
    }
    return new CdkSource(className, superclass, constructs);
  }
}
