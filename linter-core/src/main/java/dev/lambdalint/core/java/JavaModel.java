package dev.lambdalint.core.java;

import java.util.List;

/** PLACEHOLDER until the Java model lands. */
public final class JavaModel {
  private final List<JavaSource> sources;

  public JavaModel(List<JavaSource> sources) {
    this.sources = List.copyOf(sources);
  }

  public List<JavaSource> sources() {
    return sources;
  }
}
