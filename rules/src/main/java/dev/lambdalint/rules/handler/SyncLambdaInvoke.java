package dev.lambdalint.rules.handler;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.invoke.InvocationGraph;
import dev.lambdalint.core.invoke.LambdaInvocation;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.java.StringValue;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A handler that invokes another Lambda function and waits for it: the caller is billed while it
 * idles, its timeout must cover the callee's, and errors and throttles cascade up the chain.
 */
@RuleInfo(
    id = "LL102",
    name = "sync-lambda-invoke",
    severity = Severity.WARNING,
    category = Category.HANDLER_CODE,
    summary = "A handler invokes another Lambda function synchronously and waits for it",
    tags = {"architecture", "cost", "resilience", "java"},
    precision = Precision.HIGH)
public final class SyncLambdaInvoke implements Rule {

  @Override
  public void checkJava(JavaSource source, LintContext context, FindingSink sink) {
    InvocationGraph graph = context.invocationGraph();
    JavaModel java = context.java();
    for (LambdaInvocation invocation : graph.invocationsIn(source)) {
      if (!invocation.isSynchronous()) continue;
      Optional<JavaModel.Handler> handler = java.handlerReaching(invocation.call());
      if (handler.isEmpty()) continue;
      sink.report(source.location(invocation.call()), message(invocation, handler.get(), graph));
    }
  }

  /** The callee as the code names it, when no scanned template defines it. */
  private static String callee(LambdaInvocation invocation) {
    if (invocation.target() instanceof StringValue.Literal literal) return "Lambda function '" + literal.value() + "'";
    if (invocation.target() instanceof StringValue.EnvVariable env) {
      return "the Lambda function named by environment variable " + env.name();
    }
    return "a Lambda function";
  }

  private static String message(LambdaInvocation invocation, JavaModel.Handler handler, InvocationGraph graph) {
    List<InvocationGraph.Edge> edges = graph.sortedEdgesAt(invocation);
    String advice = "; invoke it asynchronously (InvocationType Event), or decouple through a queue, "
        + "topic or Step Functions";
    if (edges.isEmpty()) {
      return handler.displayName() + " invokes " + callee(invocation) + " synchronously ("
          + invocation.sdk().displayName() + ", RequestResponse) and waits for it" + advice;
    }
    InvocationGraph.Edge first = edges.get(0);
    InvocationGraph.Chain chain = graph.reportedChain(invocation).orElseThrow();
    StringBuilder text = new StringBuilder();
    text.append(first.caller().logicalId()).append(" (").append(handler.displayName())
        .append(") invokes ").append(first.callee().logicalId()).append(" synchronously and waits for it");
    List<String> otherCallers = edges.stream().skip(1).map(e -> e.caller().logicalId() + " → " + e.callee().logicalId())
        .distinct().toList();
    if (!otherCallers.isEmpty()) text.append(" (also ").append(String.join(", ", otherCallers)).append(")");
    if (chain.isCycle()) {
      text.append("; a cycle of synchronous calls: ").append(chain.render());
    } else if (chain.isReported()) {
      text.append("; synchronous chain: ").append(chain.render());
    }
    return text.append(advice).toString();
  }
}
