package dev.lambdalint.rules.packaging;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.CodeLocation;
import dev.lambdalint.core.template.Function;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.Deflater;

/**
 * Inline code ({@code InlineCode} / {@code Code.ZipFile}) that cannot deploy: on a runtime other than
 * Node.js or Python, which are the only ones CloudFormation packages inline code for, or larger than
 * the 4 MB (zipped) it accepts. The pre-2022 limit of 4096 characters no longer applies.
 */
@RuleInfo(
    id = "LL403",
    name = "inline-code-invalid",
    severity = Severity.ERROR,
    category = Category.PACKAGING,
    summary = "Inline function code on a runtime other than Node.js or Python, or over the 4 MB CloudFormation accepts",
    tags = {"packaging", "deployment"},
    precision = Precision.VERY_HIGH)
public final class InlineCodeInvalid implements Rule {
  /** CloudFormation's limit for inline code, zipped. */
  static final long MAX_ZIPPED_BYTES = 4L * 1024 * 1024;

  @Override
  public void checkFunction(Function function, LintContext context, FindingSink sink) {
    CodeLocation code = function.code();
    if (code.kind() != CodeLocation.Kind.INLINE || code.keyNode() == null) return;
    String key = code.keyNode().text();
    Optional<String> runtime = function.runtime().map(r -> r.value().strip());
    if (runtime.isPresent() && !takesInlineCode(runtime.get())) {
      sink.report(code.keyNode(), function.logicalId() + " has inline code (" + key + ") on runtime " + runtime.get()
          + ", but CloudFormation takes inline code only for Node.js and Python runtimes, so the deployment fails;"
          + " build a package and point " + (function.isSam() ? "CodeUri" : "Code") + " at it");
      return;
    }
    Optional<String> text = function.template().literal(code.node());
    if (text.isEmpty()) return; // built with an intrinsic: its final size is not knowable here
    byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= MAX_ZIPPED_BYTES) return; // never larger zipped than this
    long zipped = deflatedSize(bytes);
    if (zipped <= MAX_ZIPPED_BYTES) return;
    sink.report(code.keyNode(), function.logicalId() + "'s inline code (" + key + ") is " + bytes.length
        + " bytes, about " + zipped + " bytes zipped, over the " + MAX_ZIPPED_BYTES + " bytes (4 MB) CloudFormation"
        + " accepts; build a package and point " + (function.isSam() ? "CodeUri" : "Code") + " at it");
  }

  /** Node.js and Python runtimes ({@code nodejs24.x}, {@code python3.14}, …). */
  static boolean takesInlineCode(String runtime) {
    String r = runtime.toLowerCase(Locale.ROOT);
    return r.startsWith("nodejs") || r.startsWith("python");
  }

  private static long deflatedSize(byte[] bytes) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(bytes);
      deflater.finish();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      while (!deflater.finished()) total += deflater.deflate(buffer);
      return total;
    } finally {
      deflater.end();
    }
  }
}
