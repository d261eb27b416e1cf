package dev.lambdalint.core.cdk;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.core.model.TextRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IAM as CDK synthesizes it: {@code Role}s with their managed policies, {@code PolicyStatement}s,
 * the {@code <Role>DefaultPolicy} that {@code addToRolePolicy}, {@code initialPolicy} and the
 * {@code grant*} calls fill, with the actions CDK grants scoped to the resource's ARN.
 */
final class CdkIam {
  private CdkIam() {}

  static void emitRole(CdkFile f, Made role) {
    TextRange at = role.at();
    role.resource = f.emit(role.logicalId, "AWS::IAM::Role", role.path + "/Resource", at);
    Draft.DMap p = role.properties = CdkFile.properties(role.resource);
    role.roleId = role.logicalId;
    Optional<CdkChains.Setter> assumedBy = role.setting("assumedBy");
    Optional<String> service = assumedBy.flatMap(s -> servicePrincipal(f, s.arg()));
    p.put("AssumeRolePolicyDocument", assumedBy.map(CdkChains.Setter::keyRange).orElse(at), service.isPresent()
        ? trustPolicy(service.get(), assumedBy.get().keyRange())
        : Draft.unknowable(assumedBy.map(s -> s.arg().toString()).orElse("assumedBy"), at));
    role.setting("managedPolicies").ifPresent(s -> {
      Optional<List<Expression>> items = f.items(s);
      if (items.isEmpty()) {
        p.put("ManagedPolicyArns", s.keyRange(), Draft.unknowable(s.arg().toString(), s.keyRange()));
        return;
      }
      Draft.DList list = p.list("ManagedPolicyArns", s.keyRange());
      for (Expression item : items.get()) list.add(managedPolicy(f, item));
    });
    role.setting("inlinePolicies").ifPresent(s -> p.put("Policies", s.keyRange(), Draft.unknowable(s.arg().toString(), s.keyRange())));
  }

  /** {@code role.addManagedPolicy(…)}, {@code role.addToPolicy(…)} / {@code addToPrincipalPolicy(…)}. */
  static boolean roleCall(CdkFile f, Made role, MethodCallExpr call) {
    if (call.getArguments().size() != 1) return false;
    switch (call.getNameAsString()) {
      case "addManagedPolicy" -> {
        Draft.DMap p = role.properties;
        Optional<Draft> existing = p.get("ManagedPolicyArns");
        if (existing.isPresent() && !(existing.get() instanceof Draft.DList)) return true;
        p.list("ManagedPolicyArns", CdkValues.range(call)).add(managedPolicy(f, call.getArgument(0)));
        return true;
      }
      case "addToPolicy", "addToPrincipalPolicy" -> {
        addStatement(f, role, statement(f, call.getArgument(0)), CdkValues.range(call));
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** {@code ManagedPolicy.fromAwsManagedPolicyName("X")} → its ARN; {@code fromManagedPolicyArn(scope, id, arn)} → the ARN. */
  static Draft managedPolicy(CdkFile f, Expression e) {
    TextRange at = CdkValues.range(e);
    Expression x = f.values.deref(e);
    if (x instanceof MethodCallExpr call && call.getScope().map(s -> s.toString().endsWith("ManagedPolicy")).orElse(false)) {
      if (call.getNameAsString().equals("fromAwsManagedPolicyName") && call.getArguments().size() == 1) {
        Optional<String> name = f.values.string(call.getArgument(0));
        if (name.isPresent()) return awsManagedPolicyArn(name.get(), at);
      }
      if (call.getNameAsString().equals("fromManagedPolicyArn") && call.getArguments().size() == 3) {
        return f.values.scalar(call.getArgument(2), at);
      }
    }
    return Draft.unknowable(e.toString(), at);
  }

  /** {@code {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/<name>"]]}}, as CDK writes it. */
  static Draft awsManagedPolicyArn(String name, TextRange at) {
    return new Draft.DMap(at).put("Fn::Join", at, new Draft.DList(at).add(Draft.text("", at)).add(new Draft.DList(at)
        .add(Draft.text("arn:", at)).add(Draft.ref("AWS::Partition", at)).add(Draft.text(":iam::aws:policy/" + name, at))));
  }

  static Draft.DMap trustPolicy(String service, TextRange at) {
    Draft.DMap statement = new Draft.DMap(at).put("Action", at, Draft.text("sts:AssumeRole", at))
        .put("Effect", at, Draft.text("Allow", at))
        .put("Principal", at, new Draft.DMap(at).put("Service", at, Draft.text(service, at)));
    return new Draft.DMap(at).put("Statement", at, new Draft.DList(at).add(statement)).put("Version", at, Draft.text("2012-10-17", at));
  }

  private static Optional<String> servicePrincipal(CdkFile f, Expression e) {
    Expression x = f.values.deref(e);
    if (x instanceof ObjectCreationExpr created && created.getType().getNameAsString().equals("ServicePrincipal")
        && !created.getArguments().isEmpty()) {
      return f.values.string(created.getArgument(0));
    }
    return Optional.empty();
  }

  /** A statement CDK writes for a grant or a feature: {@code Action} (one or a list), {@code Effect: Allow}, {@code Resource}. */
  static Draft.DMap statement(List<String> actions, Draft resource, TextRange at) {
    Draft action;
    if (actions.size() == 1) {
      action = Draft.text(actions.get(0), at);
    } else {
      Draft.DList list = new Draft.DList(at);
      actions.forEach(a -> list.add(Draft.text(a, at)));
      action = list;
    }
    return new Draft.DMap(at).put("Action", at, action).put("Effect", at, Draft.text("Allow", at)).put("Resource", at, resource);
  }

  /**
   * A {@code PolicyStatement} written in the source: {@code PolicyStatement.Builder.create()…build()},
   * {@code new PolicyStatement(PolicyStatementProps.builder()…build())}; unknowable otherwise.
   */
  static Draft statement(CdkFile f, Expression e) {
    TextRange whole = CdkValues.range(e);
    Expression x = f.values.deref(e);
    Optional<CdkChains.Chain> chain = Optional.empty();
    TextRange at = CdkValues.range(x);
    if (x instanceof ObjectCreationExpr created && created.getType().getNameAsString().equals("PolicyStatement")) {
      at = CdkValues.range(created);
      chain = created.getArguments().isEmpty() ? Optional.of(new CdkChains.Chain(created, "PolicyStatementProps", Map.of(), true))
          : CdkChains.read(f.values.deref(created.getArgument(0)));
    } else if (x instanceof MethodCallExpr) {
      chain = CdkChains.read(x).filter(c -> c.type().endsWith("PolicyStatement") && c.root() instanceof MethodCallExpr root
          && root.getNameAsString().equals("create"));
      if (chain.isPresent()) at = CdkValues.range(chain.get().root());
    }
    if (chain.isEmpty() || !chain.get().built()) return Draft.unknowable(e.toString(), whole);
    CdkChains.Chain c = chain.get();
    Draft.DMap st = new Draft.DMap(at);
    for (String key : List.of("actions", "notActions")) {
      c.get(key).ifPresent(s -> st.put(key.equals("actions") ? "Action" : "NotAction", s.keyRange(), list(f, s)));
    }
    Optional<String> effect = c.get("effect").flatMap(s -> f.values.enumConstant(s.arg(), "Effect"));
    TextRange effectAt = c.get("effect").map(CdkChains.Setter::keyRange).orElse(at);
    if (c.get("effect").isPresent() && effect.isEmpty()) {
      st.put("Effect", effectAt, Draft.unknowable(c.get("effect").get().arg().toString(), effectAt));
    } else {
      st.put("Effect", effectAt, Draft.text(effect.map(v -> v.equals("DENY") ? "Deny" : "Allow").orElse("Allow"), effectAt));
    }
    for (String key : List.of("resources", "notResources")) {
      c.get(key).ifPresent(s -> st.put(key.equals("resources") ? "Resource" : "NotResource", s.keyRange(), list(f, s)));
    }
    c.get("conditions").ifPresent(s -> st.put("Condition", s.keyRange(), Draft.unknowable(s.arg().toString(), s.keyRange())));
    c.get("principals").ifPresent(s -> st.put("Principal", s.keyRange(), Draft.unknowable(s.arg().toString(), s.keyRange())));
    return st;
  }

  /** A list setter as CDK writes it: one item as a scalar, more as a list, each item at its expression. */
  private static Draft list(CdkFile f, CdkChains.Setter s) {
    Optional<List<Expression>> items = f.items(s);
    if (items.isEmpty()) return Draft.unknowable(s.args().toString(), s.keyRange());
    if (items.get().size() == 1) return item(f, items.get().get(0));
    Draft.DList list = new Draft.DList(s.keyRange());
    for (Expression item : items.get()) list.add(item(f, item));
    return list;
  }

  private static Draft item(CdkFile f, Expression e) {
    return f.arnOf(e, CdkValues.range(e));
  }

  /**
   * Adds a statement to the default policy of the role {@code owner} (a function or a role) uses,
   * made at {@code at} on first use: {@code <Role>DefaultPolicy}, attached to the role; for a
   * function given a role the file does not create, a policy attached to that unknowable role.
   */
  static void addStatement(CdkFile f, Made owner, Draft statement, TextRange at) {
    Made target = owner.customRole != null ? owner.customRole : owner;
    if (target.defaultPolicyStatements == null) {
      String roleId = target.roleId;
      String policyId = f.allocate((roleId != null ? roleId : target.logicalId + "Role") + "DefaultPolicy");
      String path = target.is(CdkTypes.IAM, "Role") ? target.path + "/DefaultPolicy/Resource"
          : roleId != null ? target.path + "/ServiceRole/DefaultPolicy/Resource" : target.path + "/Role/DefaultPolicy/Resource";
      Draft.DMap policy = f.emit(policyId, "AWS::IAM::Policy", path, at);
      Draft.DMap p = CdkFile.properties(policy);
      Draft.DMap document = new Draft.DMap(at);
      document.put("Statement", at, new Draft.DList(at));
      document.put("Version", at, Draft.text("2012-10-17", at));
      p.put("PolicyDocument", at, document);
      p.put("PolicyName", at, Draft.text(policyId, at));
      p.put("Roles", at, new Draft.DList(at).add(roleId != null ? Draft.ref(roleId, at)
          : Draft.unknowable(target.setting("role").map(s -> s.arg().toString()).orElse("role"), at)));
      target.defaultPolicyStatements = document;
    }
    ((Draft.DList) target.defaultPolicyStatements.get("Statement").orElseThrow()).add(statement);
  }

  /** The actions CDK grants for {@code grant…} calls on the constructs this reader knows; empty for others. */
  static Optional<List<String>> grantActions(String type, String method) {
    List<String> consume = List.of("sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueUrl", "sqs:DeleteMessage", "sqs:GetQueueAttributes");
    List<String> tableRead = List.of("dynamodb:BatchGetItem", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:Query",
        "dynamodb:GetItem", "dynamodb:Scan", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable");
    List<String> tableWrite = List.of("dynamodb:BatchWriteItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable");
    List<String> bucketRead = List.of("s3:GetObject*", "s3:GetBucket*", "s3:List*");
    List<String> bucketPut = List.of("s3:PutObject", "s3:PutObjectLegalHold", "s3:PutObjectRetention", "s3:PutObjectTagging",
        "s3:PutObjectVersionTagging", "s3:Abort*");
    List<String> bucketWrite = concat(List.of("s3:DeleteObject*"), bucketPut);
    String key = type + "." + method;
    List<String> actions = switch (key) {
      case "Queue.grantConsumeMessages" -> consume;
      case "Queue.grantSendMessages" -> List.of("sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl");
      case "Queue.grantPurge" -> List.of("sqs:PurgeQueue", "sqs:GetQueueAttributes", "sqs:GetQueueUrl");
      case "Topic.grantPublish" -> List.of("sns:Publish");
      case "Table.grantReadData" -> tableRead;
      case "Table.grantWriteData" -> tableWrite;
      case "Table.grantReadWriteData" -> concat(tableRead, tableWrite).stream().distinct().toList();
      case "Table.grantFullAccess" -> List.of("dynamodb:*");
      case "Bucket.grantRead" -> bucketRead;
      case "Bucket.grantWrite" -> bucketWrite;
      case "Bucket.grantReadWrite" -> concat(bucketRead, bucketWrite);
      case "Bucket.grantPut" -> bucketPut;
      case "Bucket.grantDelete" -> List.of("s3:DeleteObject*");
      default -> null;
    };
    return Optional.ofNullable(actions);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    java.util.ArrayList<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** {@code RetentionDays.ONE_WEEK} → 7 ({@code INFINITE} → 9999, as CDK's enum holds it). */
  static Optional<Long> retentionDays(CdkFile f, Expression e) {
    return f.values.enumConstant(e, "RetentionDays").map(RETENTION::get).map(Integer::longValue);
  }

  private static final Map<String, Integer> RETENTION = Map.ofEntries(
      Map.entry("ONE_DAY", 1), Map.entry("THREE_DAYS", 3), Map.entry("FIVE_DAYS", 5), Map.entry("ONE_WEEK", 7),
      Map.entry("TWO_WEEKS", 14), Map.entry("ONE_MONTH", 30), Map.entry("TWO_MONTHS", 60), Map.entry("THREE_MONTHS", 90),
      Map.entry("FOUR_MONTHS", 120), Map.entry("FIVE_MONTHS", 150), Map.entry("SIX_MONTHS", 180), Map.entry("ONE_YEAR", 365),
      Map.entry("THIRTEEN_MONTHS", 400), Map.entry("EIGHTEEN_MONTHS", 545), Map.entry("TWO_YEARS", 731),
      Map.entry("THREE_YEARS", 1096), Map.entry("FIVE_YEARS", 1827), Map.entry("SIX_YEARS", 2192),
      Map.entry("SEVEN_YEARS", 2557), Map.entry("EIGHT_YEARS", 2922), Map.entry("NINE_YEARS", 3288),
      Map.entry("TEN_YEARS", 3653), Map.entry("INFINITE", 9999));
}
