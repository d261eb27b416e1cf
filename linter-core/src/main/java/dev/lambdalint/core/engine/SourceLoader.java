package dev.lambdalint.core.engine;

import dev.lambdalint.core.java.JavaParsing;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.parse.LoadResult;
import dev.lambdalint.core.parse.LoaderLimits;
import dev.lambdalint.core.parse.ParseProblem;
import dev.lambdalint.core.parse.TemplateLoader;
import dev.lambdalint.core.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads one file and parses it into a template or a Java source. Every way this can fail becomes
 * an LL001 finding on that file; nothing here throws for bad input.
 */
final class SourceLoader {
  private final TemplateLoader templateLoader = new TemplateLoader();
  private final JavaParsing javaParsing = new JavaParsing();
  /** Reading stops one byte past the limit: enough for the loader to say the file is too large. */
  private final long readLimit = LoaderLimits.defaults().maxBytes() + 1;

  Optional<Template> loadTemplate(SourceFile file, SourceTexts texts, Consumer<Finding> findings) {
    Optional<byte[]> bytes = read(file, findings);
    if (bytes.isEmpty()) return Optional.empty();
    LoadResult result;
    if (bytes.get().length >= readLimit) {
      // Over the limit: what was read is only the start; the whole file is streamed for a marker.
      try (InputStream in = Files.newInputStream(file.absolutePath())) {
        result = templateLoader.oversized(file, in);
      } catch (IOException e) {
        findings.accept(cannotRead(file, e));
        return Optional.empty();
      }
    } else {
      result = templateLoader.load(file, bytes.get());
    }
    if (result instanceof LoadResult.Loaded loaded) {
      texts.put(file, loaded.text()); // decoded: a UTF-16 template's comments are read too
      loaded.problems().forEach(p -> findings.accept(parseError(p)));
      return Optional.of(Template.of(file, loaded.root()));
    }
    if (result instanceof LoadResult.Failed failed) {
      findings.accept(parseError(failed.problem()));
    }
    return Optional.empty();
  }

  Optional<JavaSource> loadJava(SourceFile file, SourceTexts texts, Consumer<Finding> findings) {
    Optional<byte[]> bytes = read(file, findings);
    if (bytes.isEmpty()) return Optional.empty();
    if (bytes.get().length >= readLimit) {
      // Never cut silently: a secret past the cut would go unseen while the run said "no findings".
      findings.accept(new Finding(BuiltinRules.PARSE_ERROR, BuiltinRules.PARSE_ERROR.severity(),
          "file is larger than the " + (LoaderLimits.defaults().maxBytes() / (1024 * 1024))
              + " MiB limit for a Java source; not analysed", Location.fileStart(file), null));
      return Optional.empty();
    }
    // javac would reject invalid UTF-8 too; decoding leniently lets the parser point at the spot.
    String text = new String(bytes.get(), StandardCharsets.UTF_8);
    texts.put(file, text);
    JavaParsing.Result result = javaParsing.parse(file, text);
    result.problem().ifPresent(p -> findings.accept(parseError(p)));
    return result.source();
  }

  private Optional<byte[]> read(SourceFile file, Consumer<Finding> findings) {
    try (InputStream in = Files.newInputStream(file.absolutePath())) {
      return Optional.of(in.readNBytes((int) Math.min(readLimit, Integer.MAX_VALUE - 8)));
    } catch (IOException e) {
      findings.accept(cannotRead(file, e));
      return Optional.empty();
    }
  }

  private static Finding cannotRead(SourceFile file, IOException e) {
    return new Finding(BuiltinRules.PARSE_ERROR, BuiltinRules.PARSE_ERROR.severity(),
        "cannot read " + file.path() + ": " + FileDiscovery.describe(e), Location.fileStart(file), null);
  }

  static Finding parseError(ParseProblem problem) {
    TextRange range = problem.range();
    return new Finding(BuiltinRules.PARSE_ERROR, BuiltinRules.PARSE_ERROR.severity(),
        problem.message(), Location.of(problem.file(), range), null);
  }
}
