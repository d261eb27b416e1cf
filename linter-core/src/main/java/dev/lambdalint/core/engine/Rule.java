package dev.lambdalint.core.engine;

import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;

/**
 * A lambdalint rule, found through {@link java.util.ServiceLoader}. Declare its metadata with
 * {@link dev.lambdalint.core.model.RuleInfo} on the class and its docs in {@code <id>.md} beside
 * it. Rules are stateless (one instance serves every file, possibly from several threads), never
 * print, and report only through the sink. An exception thrown while checking one file becomes
 * an LL002 finding on that file; the other rules and files go on.
 *
 * <p>A rule declares what it checks by the hooks it overrides, and the engine does the loops: a
 * rule about one function's settings overrides {@link #checkFunction} rather than walking
 * {@code template.functions()} itself. For one template the engine calls {@link #checkTemplate},
 * then, for each function in document order, {@link #checkFunction} and {@link #checkEvent} for
 * each of its event sources. Whatever a hook reports is attributed to the file the subject is in;
 * a hook that throws costs the rule its findings on that file only.
 */
public interface Rule {

  default RuleMeta meta() {
    return RuleMeta.of(getClass());
  }

  /** Checks one template as a whole (findings may point anywhere in it): for facts across functions. */
  default void checkTemplate(Template template, LintContext context, FindingSink sink) {}

  /** Checks one function of a template (a SAM or plain CloudFormation one), Globals applied. */
  default void checkFunction(Function function, LintContext context, FindingSink sink) {}

  /** Checks one event source of a function ({@link Function#events()}). */
  default void checkEvent(Function function, EventSource event, LintContext context, FindingSink sink) {}

  /** Checks one Java source file. */
  default void checkJava(JavaSource source, LintContext context, FindingSink sink) {}
}
