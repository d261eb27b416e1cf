package dev.lambdalint.core.invoke;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.java.StringValue;

/**
 * A call that invokes a Lambda function through the AWS SDK.
 *
 * @param call the {@code invoke(…)} call; its range starts at the receiver, where findings start
 * @param mode whether the caller waits for the callee's result
 * @param target the function name or ARN the request names, as far as the code says
 */
public record LambdaInvocation(JavaSource source, MethodCallExpr call, Sdk sdk, Mode mode, StringValue target) {

  /** The SDK generation, for messages. */
  public enum Sdk {
    V1("AWS SDK v1"),
    V2("AWS SDK v2");

    private final String displayName;

    Sdk(String displayName) {
      this.displayName = displayName;
    }

    public String displayName() {
      return displayName;
    }
  }

  /** How the call invokes. */
  public enum Mode {
    /** {@code RequestResponse}: the caller waits, and pays, for the callee's whole run. */
    SYNCHRONOUS,
    /** {@code Event}, or an async client whose result is not waited for. */
    ASYNCHRONOUS,
    /** {@code DryRun}: only checks permissions. */
    DRY_RUN,
    /** The invocation type is computed or the request comes from elsewhere. */
    UNKNOWN
  }

  public boolean isSynchronous() {
    return mode == Mode.SYNCHRONOUS;
  }

  public int line() {
    return call.getBegin().map(p -> p.line).orElse(1);
  }
}
