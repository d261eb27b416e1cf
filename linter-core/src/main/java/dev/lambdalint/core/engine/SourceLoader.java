package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.parse.LoaderLimits;
import dev.lambdalint.core.parse.ParseProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Loads one file through its front end ({@link FrontEnd#load}), giving it the file's bytes within
 * the size limit. Every way this can fail becomes an LL001 finding on that file; nothing here
 * throws for bad input.
 */
final class SourceLoader {
  /** Files read from disk by this process, every run together. */
  private static final AtomicLong FILES_READ = new AtomicLong();
  private final long maxBytes = LoaderLimits.defaults().maxBytes();
  /** Reading stops one byte past the limit: enough for the front end to say the file is too large. */
  private final long readLimit = maxBytes + 1;

  /**
   * @param texts where the decoded text is kept, or null to keep none
   * @param findings where LL001 findings go
   */
  <D> Optional<Document<D>> load(FrontEnd<D> frontEnd, SourceFile file, SourceTexts texts, Consumer<Finding> findings) {
    FILES_READ.incrementAndGet();
    return load(frontEnd, file, () -> Files.newInputStream(file.absolutePath()), texts, findings);
  }

  /** How many files this process has read from disk: what a run that ran out of memory had got through. */
  static long filesRead() {
    return FILES_READ.get();
  }

  /** Where a file's bytes come from: the disk, or memory for the warm-up's built-in project. */
  @FunctionalInterface
  interface Content {
    InputStream open() throws IOException;
  }

  <D> Optional<Document<D>> load(FrontEnd<D> frontEnd, SourceFile file, Content content, SourceTexts texts,
      Consumer<Finding> findings) {
    Optional<D> document = frontEnd.load(file, new Loading() {
      @Override
      public long maxBytes() {
        return maxBytes;
      }

      @Override
      public Optional<byte[]> read() {
        try (InputStream in = open()) {
          return Optional.of(in.readNBytes((int) Math.min(readLimit, Integer.MAX_VALUE - 8)));
        } catch (IOException e) {
          cannotRead(e);
          return Optional.empty();
        }
      }

      @Override
      public InputStream open() throws IOException {
        return content.open();
      }

      @Override
      public void problem(ParseProblem problem) {
        findings.accept(parseError(problem));
      }

      @Override
      public void cannotRead(IOException e) {
        findings.accept(new Finding(BuiltinRules.PARSE_ERROR, BuiltinRules.PARSE_ERROR.severity(),
            "cannot read " + file.path() + ": " + FileDiscovery.describe(e), Location.fileStart(file), null));
      }

      @Override
      public void keepText(String text) {
        if (texts != null) texts.put(file, text);
      }
    });
    return document.map(d -> new Document<>(frontEnd, file, d));
  }

  static Finding parseError(ParseProblem problem) {
    TextRange range = problem.range();
    return new Finding(BuiltinRules.PARSE_ERROR, BuiltinRules.PARSE_ERROR.severity(),
        problem.message(), Location.of(problem.file(), range), null);
  }
}
