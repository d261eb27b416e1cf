package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Node;

/** Where a rule reports what it found. */
public interface FindingSink {

  /** Reports at the rule's default severity. */
  void report(Location location, String message);

  /** Reports at a severity chosen for this case (e.g. the note variant of a warning rule). */
  void report(Location location, Severity severity, String message);

  default void report(Node node, String message) {
    report(node.location(), message);
  }

  default void report(Node node, Severity severity, String message) {
    report(node.location(), severity, message);
  }
}
