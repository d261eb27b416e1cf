package dev.lambdalint.core.engine;

import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.template.Template;

/**
 * A lambdalint rule, found through {@link java.util.ServiceLoader}. Declare its metadata with
 * {@link dev.lambdalint.core.model.RuleInfo} on the class and its docs in {@code <id>.md} beside
 * it. Rules are stateless (one instance serves every file, possibly from several threads), never
 * print, and report only through the sink. An exception thrown while checking one file becomes
 * an LL002 finding on that file; the other rules and files go on.
 */
public interface Rule {

  default RuleMeta meta() {
    return RuleMeta.of(getClass());
  }

  /** Checks one template (findings may point anywhere in it). */
  default void checkTemplate(Template template, LintContext context, FindingSink sink) {}

  /** Checks one Java source file. */
  default void checkJava(JavaSource source, LintContext context, FindingSink sink) {}
}
