package dev.lambdalint.core.cdk;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.core.model.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * {@code fn.addEventSource(new SqsEventSource(queue, props))} and its Kinesis and DynamoDB kin: the
 * {@code AWS::Lambda::EventSourceMapping} CDK makes, keyed at the {@code new …EventSource(} expression.
 */
final class CdkEventSources {
  private CdkEventSources() {}

  static boolean addEventSource(CdkFile f, Made fn, MethodCallExpr call) {
    return call.getArguments().size() == 1 && add(f, fn, call.getArgument(0));
  }

  /** One event source of the function ({@code addEventSource}'s argument, an item of {@code .events(…)}). */
  static boolean add(CdkFile f, Made fn, Expression sourceExpr) {
    Expression x = f.values.deref(sourceExpr);
    String type;
    Expression target;
    TextRange at;
    Optional<CdkChains.Chain> props;
    boolean propsUnknown;
    Expression propsExpr = null;
    if (x instanceof ObjectCreationExpr source && !source.getArguments().isEmpty()) {
      type = source.getType().getNameAsString();
      target = source.getArgument(0);
      at = CdkValues.range(source);
      if (source.getArguments().size() > 1) propsExpr = source.getArgument(1);
      props = propsExpr == null ? Optional.empty() : CdkChains.read(f.values.deref(propsExpr)).filter(CdkChains.Chain::built);
      propsUnknown = propsExpr != null && props.isEmpty();
    } else if (x instanceof MethodCallExpr chainEnd && CdkChains.read(x).filter(c -> c.root() instanceof MethodCallExpr).isPresent()) {
      // SqsEventSource.Builder.create(queue).batchSize(10).build()
      CdkChains.Chain chain = CdkChains.read(x).orElseThrow();
      MethodCallExpr root = (MethodCallExpr) chain.root();
      if (!CdkChains.isBuilderCreate(root) || root.getArguments().size() != 1) return false;
      type = chain.type().substring(chain.type().lastIndexOf('.') + 1);
      target = root.getArgument(0);
      at = CdkValues.range(root);
      props = Optional.of(chain).filter(CdkChains.Chain::built);
      propsUnknown = props.isEmpty();
      propsExpr = chainEnd;
    } else {
      return false;
    }
    if (!List.of("SqsEventSource", "KinesisEventSource", "DynamoEventSource").contains(type)) return false;
    Optional<Made> targetConstruct = f.construct(target);
    String targetName = targetConstruct.map(m -> m.id != null ? m.id : m.typeName).orElse(target.toString());
    String logicalId = f.allocate(fn.logicalId + type + targetName);
    Draft.DMap esm = f.emit(logicalId, "AWS::Lambda::EventSourceMapping", fn.path + "/" + type + ":" + targetName + "/Resource", at);
    Draft.DMap p = CdkFile.properties(esm);
    p.put("FunctionName", at, Draft.ref(fn.logicalId, at));
    if (type.equals("DynamoEventSource")) {
      p.put("EventSourceArn", at, targetConstruct.filter(m -> m.logicalId != null)
          .map(m -> (Draft) Draft.getAtt(m.logicalId, "StreamArn", at)).orElseGet(() -> Draft.unknowable(target.toString(), at)));
    } else {
      p.put("EventSourceArn", at, f.arnOf(target, at));
    }
    if (propsUnknown) {
      // settings not knowable: none of them can be judged
      for (String key : List.of("BatchSize", "FunctionResponseTypes", "DestinationConfig", "MaximumBatchingWindowInSeconds",
          "MaximumRetryAttempts", "MaximumRecordAgeInSeconds")) {
        p.put(key, at, Draft.unknowable(propsExpr.toString(), at));
      }
      return true;
    }
    CdkFunctions functions = new CdkFunctions(f);
    props.ifPresent(c -> {
      c.get("batchSize").ifPresent(s -> p.put("BatchSize", s.keyRange(), functions.number(s.arg(), s.keyRange())));
      c.get("maxBatchingWindow").ifPresent(s -> p.put("MaximumBatchingWindowInSeconds", s.keyRange(), functions.seconds(s.arg(), s.keyRange())));
      c.get("reportBatchItemFailures").ifPresent(s -> {
        Optional<Boolean> on = f.values.bool(s.arg());
        if (on.isEmpty()) p.put("FunctionResponseTypes", s.keyRange(), Draft.unknowable(s.arg().toString(), s.keyRange()));
        else if (on.get()) p.put("FunctionResponseTypes", s.keyRange(), new Draft.DList(s.keyRange()).add(Draft.text("ReportBatchItemFailures", s.keyRange())));
      });
      c.get("enabled").ifPresent(s -> p.put("Enabled", s.keyRange(), f.values.scalar(s.arg(), s.keyRange())));
      c.get("maxConcurrency").ifPresent(s -> p.put("ScalingConfig", s.keyRange(), new Draft.DMap(s.keyRange())
          .put("MaximumConcurrency", s.keyRange(), functions.number(s.arg(), s.keyRange()))));
      c.get("bisectBatchOnError").ifPresent(s -> p.put("BisectBatchOnFunctionError", s.keyRange(), f.values.scalar(s.arg(), s.keyRange())));
      c.get("retryAttempts").ifPresent(s -> p.put("MaximumRetryAttempts", s.keyRange(), functions.number(s.arg(), s.keyRange())));
      c.get("maxRecordAge").ifPresent(s -> p.put("MaximumRecordAgeInSeconds", s.keyRange(), functions.seconds(s.arg(), s.keyRange())));
      c.get("parallelizationFactor").ifPresent(s -> p.put("ParallelizationFactor", s.keyRange(), functions.number(s.arg(), s.keyRange())));
      c.get("startingPosition").ifPresent(s -> p.put("StartingPosition", s.keyRange(), f.values.enumConstant(s.arg(), "StartingPosition")
          .map(v -> (Draft) Draft.text(v, s.keyRange())).orElseGet(() -> Draft.unknowable(s.arg().toString(), s.keyRange()))));
      c.get("onFailure").ifPresent(s -> p.put("DestinationConfig", s.keyRange(), new Draft.DMap(s.keyRange()).put("OnFailure", s.keyRange(),
          new Draft.DMap(s.keyRange()).put("Destination", s.keyRange(), dlq(f, s.arg(), s.keyRange())))));
      c.get("filters").ifPresent(s -> p.put("FilterCriteria", s.keyRange(), Draft.unknowable(s.arg().toString(), s.keyRange())));
    });
    if (type.equals("SqsEventSource")) {
      // CDK lets the function consume the queue
      CdkIam.addStatement(f, fn, CdkIam.statement(CdkIam.grantActions("Queue", "grantConsumeMessages").orElseThrow(),
          f.arnOf(target, at), at), at);
    }
    return true;
  }

  /** {@code new SqsDlq(q)} / {@code new SnsDlq(t)}: the target's ARN. */
  private static Draft dlq(CdkFile f, Expression e, TextRange at) {
    Expression x = f.values.deref(e);
    if (x instanceof ObjectCreationExpr created && created.getArguments().size() == 1
        && List.of("SqsDlq", "SnsDlq", "S3OnFailureDestination").contains(created.getType().getNameAsString())) {
      return f.arnOf(created.getArgument(0), at);
    }
    return Draft.unknowable(e.toString(), at);
  }
}
