package dev.lambdalint.core.template;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a function's code is: a local path (SAM {@code CodeUri: order-service}, or a
 * {@code Code: target/app.jar} that {@code cloudformation package} uploads), S3, inline, an image.
 *
 * @param keyNode the {@code CodeUri:}/{@code Code:}/{@code InlineCode:}/{@code ImageUri:} key; null for NONE
 * @param localPath the local file or folder, resolved against the template's folder
 */
public record CodeLocation(Kind kind, ScalarNode keyNode, Node node, Optional<Path> localPath) {

  /** The kinds of code location. */
  public enum Kind {
    LOCAL,
    S3,
    INLINE,
    IMAGE,
    NONE
  }

  static final CodeLocation NONE = new CodeLocation(Kind.NONE, null, null, Optional.empty());
}
