package dev.lambdalint.core.parse;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads YAML and JSON files into the template node model, and tells templates from other files.
 * Safe loading only, bounded by {@link LoaderLimits}; bad input never throws: it is either a
 * {@link LoadResult.Failed} (for files meant as templates) or ignored. Thread-safe.
 */
public final class TemplateLoader {
  private final LoaderLimits limits;
  private final YamlReader yaml;
  private final JsonReader json;

  public TemplateLoader() {
    this(LoaderLimits.defaults());
  }

  public TemplateLoader(LoaderLimits limits) {
    this.limits = limits;
    this.yaml = new YamlReader(limits);
    this.json = new JsonReader(limits);
  }

  public LoaderLimits limits() {
    return limits;
  }

  /** Files worth offering to {@link #load}: {@code .yaml .yml .json .template}. */
  public static boolean isCandidate(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || name.endsWith(".template");
  }

  public LoadResult load(SourceFile file, byte[] content) {
    if (content.length > limits.maxBytes()) {
      try {
        return oversized(file, new java.io.ByteArrayInputStream(content));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e); // cannot happen: an array is read
      }
    }
    String text;
    try {
      text = TextDecoding.decode(content);
    } catch (DocumentException e) {
      return failIfTemplate(file, new String(content, StandardCharsets.ISO_8859_1), e.getMessage(), e.range());
    }
    if (text.isBlank()) {
      return failIfTemplate(file, null, "empty template", TextRange.startOfLine(1));
    }
    boolean isJson = isJson(file, text);
    NodeBuilder builder = new NodeBuilder(file, maxNodes(text.length()), isJson ? "JSON" : "YAML");
    Optional<Node> root;
    try {
      root = isJson ? json.read(builder, text) : yaml.read(builder, text);
    } catch (DocumentException e) {
      // The readers count columns in UTF-16 units, like the rest of a run; the text of a failed
      // file goes no further, so its position is given in code points (the unit of reports) here.
      TextRange at = e.range();
      if (Columns.hasSupplementary(text)) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        at = Columns.toCodePoints(at, n -> n >= 1 && n <= lines.length ? lines[n - 1] : "");
      }
      return failIfTemplate(file, text, e.getMessage(), at);
    }
    if (root.isPresent() && TemplateRecognizer.isTemplate(root.get())) {
      return new LoadResult.Loaded((MapNode) root.get(), builder.problems(), text);
    }
    return new LoadResult.NotATemplate();
  }

  /**
   * A file over the size limit, streamed (never held whole): an LL001 when it is named as a
   * template or any part of it carries a template marker (AWSTemplateFormatVersion, the SAM
   * transform, a {@code Type: AWS::} line) — not only its first 64 KB — else not a template.
   * UTF-16 with a byte order mark is read as such.
   */
  public LoadResult oversized(SourceFile file, InputStream content) throws IOException {
    String message = "file is larger than the " + (limits.maxBytes() / (1024 * 1024))
        + " MiB limit for a template; not analysed";
    if (TemplateRecognizer.looksLikeTemplate(file.fileName(), null)) {
      return new LoadResult.Failed(new ParseProblem(file, TextRange.startOfLine(1), message));
    }
    InputStream in = content.markSupported() ? content : new java.io.BufferedInputStream(content);
    in.mark(3);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    java.nio.charset.Charset charset = b0 == 0xFE && b1 == 0xFF ? StandardCharsets.UTF_16BE
        : b0 == 0xFF && b1 == 0xFE ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
    java.io.Reader reader = new java.io.InputStreamReader(in, charset.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE));
    // Chunks of 1 MiB; each starts at the last line start of the previous one (at most 4 KiB back)
    // so that a marker or a "Type: AWS::" line cut by a chunk boundary is still seen whole.
    char[] buffer = new char[1 << 20];
    StringBuilder window = new StringBuilder();
    for (int n; (n = reader.read(buffer)) > 0; ) {
      window.append(buffer, 0, n);
      if (TemplateRecognizer.looksLikeTemplate(file.fileName(), window.toString())) {
        return new LoadResult.Failed(new ParseProblem(file, TextRange.startOfLine(1), message));
      }
      int lineStart = Math.max(window.lastIndexOf("\n"), window.lastIndexOf("\r")) + 1;
      window.delete(0, Math.max(0, Math.max(lineStart, window.length() - 4096)));
    }
    return new LoadResult.NotATemplate();
  }

  /**
   * Nodes one document may hold or expand to: never more than {@link LoaderLimits#maxNodes()}
   * (heap), and for a small file no more than twice its length (a floor of 100 000 leaves room for
   * legitimate anchors): every node costs at least a byte of source, so only aliases exceed that.
   */
  private long maxNodes(int contentLength) {
    return Math.min(limits.maxNodes(), Math.max(100_000L, 2L * contentLength));
  }

  /** {@code .json} files, and {@code .template} files whose text opens with a brace. */
  private static boolean isJson(SourceFile file, String text) {
    String name = file.fileName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) return true;
    return name.endsWith(".template") && text.stripLeading().startsWith("{");
  }

  private static LoadResult failIfTemplate(SourceFile file, String text, String message, TextRange at) {
    if (!TemplateRecognizer.looksLikeTemplate(file.fileName(), text)) return new LoadResult.NotATemplate();
    return new LoadResult.Failed(new ParseProblem(file, at, message));
  }
}
