package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.suppress.Suppression;
import dev.lambdalint.core.suppress.SuppressionScanner;
import java.util.List;

/** One loaded file of a run: the document its front end made of it, and that front end. */
record Document<D>(FrontEnd<D> frontEnd, SourceFile file, D document) {

  long cost() {
    return frontEnd.cost(document);
  }

  void check(Rule rule, LintContext context, FindingSink sink) {
    frontEnd.check(document, rule, context, sink);
  }

  List<Suppression> suppressions(List<String> lines, SuppressionScanner scanner) {
    return frontEnd.suppressions(document, file, lines, scanner);
  }

  /** The document when it is of type {@code type}, else null. */
  <T> T as(Class<T> type) {
    return type.isInstance(document) ? type.cast(document) : null;
  }
}
