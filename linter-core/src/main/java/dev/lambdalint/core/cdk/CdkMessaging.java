package dev.lambdalint.core.cdk;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.core.model.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * Queues, topics with their Lambda subscriptions, EventBridge rules with Lambda targets, log
 * groups and function URLs, as CDK synthesizes them.
 */
final class CdkMessaging {
  private CdkMessaging() {}

  static void emitQueue(CdkFile f, Made q) {
    TextRange at = q.at();
    q.resource = f.emit(q.logicalId, "AWS::SQS::Queue", q.path + "/Resource", at);
    Draft.DMap p = q.properties = CdkFile.properties(q.resource);
    CdkFunctions functions = new CdkFunctions(f);
    q.setting("queueName").ifPresent(s -> p.put("QueueName", s.keyRange(), f.values.scalar(s.arg(), s.keyRange())));
    q.setting("visibilityTimeout").ifPresent(s -> p.put("VisibilityTimeout", s.keyRange(), functions.seconds(s.arg(), s.keyRange())));
    q.setting("retentionPeriod").ifPresent(s -> p.put("MessageRetentionPeriod", s.keyRange(), functions.seconds(s.arg(), s.keyRange())));
    q.setting("fifo").ifPresent(s -> p.put("FifoQueue", s.keyRange(), f.values.scalar(s.arg(), s.keyRange())));
    q.setting("deadLetterQueue").ifPresent(s -> {
      Optional<CdkChains.Chain> dlq = CdkChains.read(f.values.deref(s.arg())).filter(CdkChains.Chain::built);
      if (dlq.isEmpty() || dlq.get().get("queue").isEmpty()) {
        p.put("RedrivePolicy", s.keyRange(), Draft.unknowable(s.arg().toString(), s.keyRange()));
        return;
      }
      CdkChains.Setter target = dlq.get().get("queue").get();
      Draft.DMap redrive = new Draft.DMap(s.keyRange());
      redrive.put("deadLetterTargetArn", target.keyRange(), f.arnOf(target.arg(), target.keyRange()));
      dlq.get().get("maxReceiveCount").ifPresent(m -> redrive.put("maxReceiveCount", m.keyRange(), functions.number(m.arg(), m.keyRange())));
      p.put("RedrivePolicy", s.keyRange(), redrive);
    });
  }

  static void emitTopic(CdkFile f, Made t) {
    t.resource = f.emit(t.logicalId, "AWS::SNS::Topic", t.path + "/Resource", t.at());
    t.properties = CdkFile.properties(t.resource);
    t.setting("topicName").ifPresent(s -> t.properties.put("TopicName", s.keyRange(), f.values.scalar(s.arg(), s.keyRange())));
  }

  static void emitLogGroup(CdkFile f, Made lg) {
    TextRange at = lg.at();
    lg.resource = f.emit(lg.logicalId, "AWS::Logs::LogGroup", lg.path + "/Resource", at);
    Draft.DMap p = lg.properties = CdkFile.properties(lg.resource);
    lg.setting("logGroupName").ifPresent(s -> p.put("LogGroupName", s.keyRange(), f.values.scalar(s.arg(), s.keyRange())));
    Optional<CdkChains.Setter> retention = lg.setting("retention");
    if (retention.isEmpty()) {
      p.put("RetentionInDays", at, Draft.number(731, at)); // CDK's default: two years
    } else {
      Optional<Long> days = CdkIam.retentionDays(f, retention.get().arg());
      if (days.isEmpty()) p.put("RetentionInDays", retention.get().keyRange(), Draft.unknowable(retention.get().arg().toString(), retention.get().keyRange()));
      else if (days.get() != 9999) p.put("RetentionInDays", retention.get().keyRange(), Draft.number(days.get(), retention.get().keyRange()));
    }
  }

  /** {@code topic.addSubscription(new LambdaSubscription(fn[, props]))}: the subscription and the permission CDK makes. */
  static boolean addSubscription(CdkFile f, Made topic, MethodCallExpr call) {
    if (call.getArguments().size() != 1) return false;
    Expression x = f.values.deref(call.getArgument(0));
    if (!(x instanceof ObjectCreationExpr sub) || !sub.getType().getNameAsString().equals("LambdaSubscription") || sub.getArguments().isEmpty()) return false;
    Optional<Made> fn = f.emitted(sub.getArgument(0), CdkTypes.LAMBDA, "Function");
    if (fn.isEmpty()) return false;
    TextRange at = CdkValues.range(sub);
    String id = f.allocate(fn.get().logicalId + topic.logicalId);
    Draft.DMap s = CdkFile.properties(f.emit(id, "AWS::SNS::Subscription", fn.get().path + "/" + topic.id + "/Resource", at));
    s.put("Protocol", at, Draft.text("lambda", at));
    s.put("TopicArn", at, Draft.ref(topic.logicalId, at));
    s.put("Endpoint", at, Draft.getAtt(fn.get().logicalId, "Arn", at));
    if (sub.getArguments().size() > 1) {
      Optional<CdkChains.Chain> props = CdkChains.read(f.values.deref(sub.getArgument(1))).filter(CdkChains.Chain::built);
      if (props.isEmpty()) {
        s.put("RedrivePolicy", at, Draft.unknowable(sub.getArgument(1).toString(), at));
        s.put("FilterPolicy", at, Draft.unknowable(sub.getArgument(1).toString(), at));
      } else {
        props.get().get("deadLetterQueue").ifPresent(d -> s.put("RedrivePolicy", d.keyRange(), new Draft.DMap(d.keyRange())
            .put("deadLetterTargetArn", d.keyRange(), f.arnOf(d.arg(), d.keyRange()))));
      }
    }
    Draft.DMap perm = CdkFile.properties(f.emit(f.allocate(fn.get().logicalId + "AllowInvoke" + topic.logicalId), "AWS::Lambda::Permission",
        fn.get().path + "/AllowInvoke:" + topic.id, at));
    perm.put("Action", at, Draft.text("lambda:InvokeFunction", at));
    perm.put("FunctionName", at, Draft.getAtt(fn.get().logicalId, "Arn", at));
    perm.put("Principal", at, Draft.text("sns.amazonaws.com", at));
    perm.put("SourceArn", at, Draft.ref(topic.logicalId, at));
    return true;
  }

  static void emitRule(CdkFile f, Made rule) {
    TextRange at = rule.at();
    rule.resource = f.emit(rule.logicalId, "AWS::Events::Rule", rule.path + "/Resource", at);
    Draft.DMap p = rule.properties = CdkFile.properties(rule.resource);
    rule.setting("schedule").ifPresent(s -> p.put("ScheduleExpression", s.keyRange(), Draft.unknowable(s.arg().toString(), s.keyRange())));
    rule.setting("eventPattern").ifPresent(s -> p.put("EventPattern", s.keyRange(), Draft.unknowable(s.arg().toString(), s.keyRange())));
    p.put("State", at, Draft.text("ENABLED", at));
    rule.setting("targets").ifPresent(s -> {
      Optional<List<Expression>> items = f.items(s);
      if (items.isEmpty()) {
        p.put("Targets", s.keyRange(), Draft.unknowable(s.arg().toString(), s.keyRange()));
        return;
      }
      for (Expression item : items.get()) addTarget(f, rule, item);
    });
  }

  /** {@code rule.addTarget(new LambdaFunction(fn[, props]))}: a {@code Targets} item at the {@code new LambdaFunction(}. */
  static boolean addTarget(CdkFile f, Made rule, Expression e) {
    Expression x = f.values.deref(e);
    TextRange at = CdkValues.range(x);
    Optional<Draft> existing = rule.properties.get("Targets");
    if (existing.isPresent() && !(existing.get() instanceof Draft.DList)) return true;
    Draft.DList targets = rule.properties.list("Targets", at);
    if (!(x instanceof ObjectCreationExpr target) || !target.getType().getNameAsString().equals("LambdaFunction") || target.getArguments().isEmpty()) {
      targets.add(Draft.unknowable(e.toString(), at));
      return true;
    }
    Optional<Made> fn = f.emitted(target.getArgument(0), CdkTypes.LAMBDA, "Function");
    Draft.DMap item = new Draft.DMap(at);
    item.put("Arn", at, f.arnOf(target.getArgument(0), at));
    item.put("Id", at, Draft.text("Target" + targets.items.size(), at));
    if (target.getArguments().size() > 1) {
      Optional<CdkChains.Chain> props = CdkChains.read(f.values.deref(target.getArgument(1))).filter(CdkChains.Chain::built);
      if (props.isEmpty()) {
        item.put("DeadLetterConfig", at, Draft.unknowable(target.getArgument(1).toString(), at));
      } else {
        props.get().get("deadLetterQueue").ifPresent(d -> item.put("DeadLetterConfig", d.keyRange(),
            new Draft.DMap(d.keyRange()).put("Arn", d.keyRange(), f.arnOf(d.arg(), d.keyRange()))));
        props.get().get("retryAttempts").ifPresent(r -> item.put("RetryPolicy", r.keyRange(), new Draft.DMap(r.keyRange())
            .put("MaximumRetryAttempts", r.keyRange(), new CdkFunctions(f).number(r.arg(), r.keyRange()))));
      }
    }
    targets.add(item);
    if (fn.isPresent()) {
      Draft.DMap perm = CdkFile.properties(f.emit(f.allocate(rule.logicalId + "AllowEventRule" + fn.get().logicalId), "AWS::Lambda::Permission",
          rule.path + "/AllowEventRule" + fn.get().logicalId, at));
      perm.put("Action", at, Draft.text("lambda:InvokeFunction", at));
      perm.put("FunctionName", at, Draft.getAtt(fn.get().logicalId, "Arn", at));
      perm.put("Principal", at, Draft.text("events.amazonaws.com", at));
      perm.put("SourceArn", at, Draft.getAtt(rule.logicalId, "Arn", at));
    }
    return true;
  }

  /**
   * {@code fn.addFunctionUrl(options)} / {@code new FunctionUrl(this, id, props)}: the
   * {@code AWS::Lambda::Url}, {@code AuthType} at the {@code .authType(…)} call or, CDK's
   * default {@code AWS_IAM}, at the creation. (The public-invoke permission CDK adds for
   * {@code NONE} is left out: the URL's {@code AuthType} is the finding.)
   */
  static void functionUrl(CdkFile f, Made fn, String logicalId, String path, Optional<CdkChains.Chain> options, Expression optionsExpr, TextRange at) {
    Draft.DMap p = CdkFile.properties(f.emit(logicalId, "AWS::Lambda::Url", path, at));
    Optional<CdkChains.Setter> auth = options.flatMap(o -> o.get("authType"));
    if (optionsExpr != null && options.isEmpty()) {
      p.put("AuthType", at, Draft.unknowable(optionsExpr.toString(), at));
    } else if (auth.isPresent()) {
      Optional<String> type = f.values.enumConstant(auth.get().arg(), "FunctionUrlAuthType");
      p.put("AuthType", auth.get().keyRange(), type.map(t -> (Draft) Draft.text(t, auth.get().keyRange()))
          .orElseGet(() -> Draft.unknowable(auth.get().arg().toString(), auth.get().keyRange())));
    } else {
      p.put("AuthType", at, Draft.text("AWS_IAM", at));
    }
    p.put("TargetFunctionArn", at, fn != null ? Draft.getAtt(fn.logicalId, "Arn", at) : Draft.unknowable("function", at));
  }
}
