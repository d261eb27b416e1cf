package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The templates the view specifications read (test resources beside this package), and where their lines are. */
final class ViewSpecs {
  private ViewSpecs() {}

  /** The text of the test resource {@code name} of this package. */
  static String text(String name) {
    try (InputStream in = ViewSpecs.class.getResourceAsStream(name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based number of the one line of {@code text} that reads {@code content} once stripped. */
  static int line(String text, String content) {
    List<String> lines = text.lines().toList();
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(content)) {
        assertThat(found).as("one line reads %s", content).isEqualTo(-1);
        found = i + 1;
      }
    }
    assertThat(found).as("a line reads %s", content).isPositive();
    return found;
  }
}
