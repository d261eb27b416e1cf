package dev.lambdalint.core.template;

import dev.lambdalint.core.model.SourceFile;
import java.util.List;

/** PLACEHOLDER until the typed view lands: a loaded template. */
public final class Template {
  private final SourceFile file;
  private final MapNode root;

  public Template(SourceFile file, MapNode root) {
    this.file = file;
    this.root = root;
  }

  public SourceFile file() {
    return file;
  }

  public MapNode root() {
    return root;
  }

  public List<Function> functions() {
    return List.of();
  }
}
