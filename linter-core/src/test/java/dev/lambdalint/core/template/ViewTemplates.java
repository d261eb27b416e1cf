package dev.lambdalint.core.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The templates the view specifications read, kept as files under {@code views/} beside them. */
final class ViewTemplates {
  private ViewTemplates() {}

  /** The template {@code views/<name>}, loaded as {@code template.yaml} / {@code template.json} of the test root. */
  static Template load(String name) {
    try (InputStream in = ViewTemplates.class.getResourceAsStream("views/" + name)) {
      if (in == null) throw new IllegalArgumentException("no test template views/" + name);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return TemplateViewTest.template(name.endsWith(".json") ? "template.json" : "template.yaml", text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
