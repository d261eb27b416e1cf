package dev.lambdalint.core.engine;

import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.util.List;

/** What a rule may know about the whole scan: every template, function and Java source. */
public interface LintContext {

  /** Every template that loaded, sorted by path. */
  List<Template> templates();

  /** Every function of every template, in template then document order. */
  default List<Function> functions() {
    return templates().stream().flatMap(t -> t.functions().stream()).toList();
  }

  /** The Java sources and their handlers. */
  JavaModel java();
}
