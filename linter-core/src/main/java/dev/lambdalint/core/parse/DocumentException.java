package dev.lambdalint.core.parse;

import dev.lambdalint.core.model.TextRange;

/** A document that cannot become a node tree, with the position to blame. */
final class DocumentException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient TextRange range;

  DocumentException(String message, TextRange range) {
    super(message);
    this.range = range;
  }

  TextRange range() {
    return range;
  }
}
