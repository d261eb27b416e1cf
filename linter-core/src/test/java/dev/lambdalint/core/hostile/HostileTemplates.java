package dev.lambdalint.core.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Templates of the wrong shape everywhere, kept as files beside this class
 * ({@code src/test/resources/dev/lambdalint/core/hostile/}); the rules module's
 * HostileTemplatesAllRulesTest runs every installed rule on the same files.
 */
final class HostileTemplates {
  static final List<String> NAMES = List.of(
      "malformed-intrinsics.yaml", "lists-for-maps.yaml", "scalars-for-strings.yaml", "nulls.yaml",
      "wrong-shapes.json");

  private HostileTemplates() {}

  static String text(String name) {
    try (InputStream in = HostileTemplates.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing test resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
