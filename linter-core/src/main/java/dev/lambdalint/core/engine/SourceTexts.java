package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.SourceFile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The decoded text of every file read in a run, for the lines fingerprints are made from. */
final class SourceTexts {
  private final Map<SourceFile, String[]> lines = new ConcurrentHashMap<>();

  void put(SourceFile file, String text) {
    lines.put(file, text.split("\r\n|\r|\n", -1));
  }

  /** Every line of {@code file}, or none when it was not read. */
  java.util.List<String> lines(SourceFile file) {
    String[] all = lines.get(file);
    return all == null ? java.util.List.of() : java.util.List.of(all);
  }

  /** Line {@code number} (1-based) of {@code file}, or "" when unknown. */
  String line(SourceFile file, int number) {
    String[] all = lines.get(file);
    if (all == null || number < 1 || number > all.length) return "";
    return all[number - 1];
  }
}
