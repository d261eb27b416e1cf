package dev.lambdalint.core.template;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a function's or a layer's code is: a local path (SAM {@code CodeUri: order-service} or
 * {@code ContentUri: layer/}, or a {@code Code: target/app.jar} that {@code cloudformation package}
 * uploads), S3, inline, an image.
 *
 * @param keyNode the {@code CodeUri:}/{@code Code:}/{@code InlineCode:}/{@code ImageUri:}/{@code ContentUri:}/{@code Content:} key; null for NONE
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

  /**
   * The location {@code entry} of a function's or layer's properties gives: {@code InlineCode},
   * {@code ImageUri}, or a code property ({@code CodeUri}, {@code Code}, {@code ContentUri},
   * {@code Content}) that is a path, an {@code s3://} URI, or a map with {@code ZipFile},
   * {@code ImageUri} or {@code S3Bucket}/{@code Bucket}. Anything else is NONE at the key.
   */
  static CodeLocation of(Template template, String key, MapNode.Entry entry) {
    Node value = entry.value();
    switch (key) {
      case "InlineCode":
        return new CodeLocation(Kind.INLINE, entry.key(), value, Optional.empty());
      case "ImageUri":
        return new CodeLocation(Kind.IMAGE, entry.key(), value, Optional.empty());
      default:
        break;
    }
    if (value instanceof MapNode map) {
      if (map.has("ZipFile")) return new CodeLocation(Kind.INLINE, map.keyNode("ZipFile").get(), map.get("ZipFile").get(), Optional.empty());
      if (map.has("ImageUri")) return new CodeLocation(Kind.IMAGE, entry.key(), value, Optional.empty());
      if (map.has("S3Bucket") || map.has("Bucket")) return new CodeLocation(Kind.S3, entry.key(), value, Optional.empty());
      return new CodeLocation(Kind.NONE, entry.key(), value, Optional.empty());
    }
    Optional<String> uri = template.literal(value);
    if (uri.isEmpty()) return new CodeLocation(Kind.NONE, entry.key(), value, Optional.empty());
    if (uri.get().startsWith("s3://")) return new CodeLocation(Kind.S3, entry.key(), value, Optional.empty());
    return new CodeLocation(Kind.LOCAL, entry.key(), value, localPath(template, uri.get()));
  }

  private static Optional<Path> localPath(Template template, String uri) {
    try {
      return Optional.of(template.directory().resolve(uri).normalize());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
