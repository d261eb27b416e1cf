package dev.lambdalint.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;

/**
 * The one way lambdalint writes JSON files (reports, SARIF, baselines): two-space indents, "\n"
 * line ends whatever the platform, so the same input gives the same bytes everywhere, and the
 * writer left open for its owner to close.
 */
public final class PrettyJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private PrettyJson() {}

  public static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator json = FACTORY.createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setPrettyPrinter(new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    return json;
  }
}
