package dev.lambdalint.core.engine;

import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The handlers the templates name, for the Java model to link functions to their code. */
final class HandlerReferences {
  private HandlerReferences() {}

  static List<JavaModel.HandlerReference> of(List<Template> templates) {
    return templates.stream()
        .flatMap(t -> t.functions().stream())
        .filter(Function::isJava)
        .flatMap(f -> f.handler().stream().map(h -> new JavaModel.HandlerReference(h.value(), codeDirectory(f))))
        .distinct()
        .toList();
  }

  /** The function's local code folder; a zip/jar or S3 location names no sources. */
  private static Path codeDirectory(Function function) {
    return function.code().localPath().filter(Files::isDirectory).orElse(null);
  }
}
