package dev.lambdalint.core.engine;

import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The handlers the templates name, for the Java model to link functions to their code. */
final class HandlerReferences {
  private HandlerReferences() {}

  static List<JavaModel.HandlerReference> of(List<Template> templates) {
    return templates.stream()
        .flatMap(t -> t.functions().stream())
        .flatMap(f -> of(f).stream())
        .distinct()
        .toList();
  }

  /** The handler a Java function names, to be looked for under its code folder, else nearest its template. */
  static Optional<JavaModel.HandlerReference> of(Function function) {
    if (!function.isJava()) return Optional.empty();
    Path template = function.template().file().absolutePath();
    return function.handler().map(h -> new JavaModel.HandlerReference(h.value(), codeDirectory(function), template));
  }

  /** The function's local code folder; a zip/jar or S3 location names no sources. */
  private static Path codeDirectory(Function function) {
    return function.code().localPath().filter(Files::isDirectory).orElse(null);
  }
}
