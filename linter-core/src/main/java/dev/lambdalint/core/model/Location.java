package dev.lambdalint.core.model;

import java.util.Objects;

/**
 * Where a finding is: a file, a range in it, and for template findings the logical path of the
 * node ({@code Resources/OrderFunction/Properties/Timeout}) and the resource's logical id.
 */
public record Location(SourceFile file, TextRange range, String logicalPath, String logicalId) {

  public Location {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(range, "range");
  }

  public static Location of(SourceFile file, TextRange range) {
    return new Location(file, range, null, null);
  }

  /** The start of a file, for findings about the file as a whole. */
  public static Location fileStart(SourceFile file) {
    return new Location(file, TextRange.startOfLine(1), null, null);
  }
}
