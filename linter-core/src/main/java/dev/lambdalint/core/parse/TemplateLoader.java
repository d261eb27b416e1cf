package dev.lambdalint.core.parse;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Node;
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
      String head = new String(content, 0, Math.min(content.length, 65_536), StandardCharsets.UTF_8);
      return failIfTemplate(file, head, "file is larger than the " + (limits.maxBytes() / (1024 * 1024))
          + " MiB limit for a template", TextRange.startOfLine(1));
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
    NodeBuilder builder = new NodeBuilder(file, limits.maxNodes(text.length()), isJson ? "JSON" : "YAML");
    Optional<Node> root;
    try {
      root = isJson ? json.read(builder, text) : yaml.read(builder, text);
    } catch (DocumentException e) {
      return failIfTemplate(file, text, e.getMessage(), e.range());
    }
    if (root.isPresent() && TemplateRecognizer.isTemplate(root.get())) {
      return new LoadResult.Loaded((MapNode) root.get(), builder.problems());
    }
    return new LoadResult.NotATemplate();
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
