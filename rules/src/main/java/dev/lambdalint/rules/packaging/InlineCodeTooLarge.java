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
import dev.lambdalint.core.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Inline code over the 4 KB CloudFormation accepts in {@code ZipFile}/{@code InlineCode}. */
@RuleInfo(
    id = "LL403",
    name = "inline-code-too-large",
    severity = Severity.ERROR,
    category = Category.PACKAGING,
    summary = "Inline function code is over the 4096 bytes CloudFormation accepts",
    tags = {"packaging", "deployment"},
    precision = Precision.VERY_HIGH)
public final class InlineCodeTooLarge implements Rule {
  static final int MAX_BYTES = 4096;

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (Function function : template.functions()) {
      CodeLocation code = function.code();
      if (code.kind() != CodeLocation.Kind.INLINE || code.keyNode() == null) continue;
      Optional<String> text = template.literal(code.node());
      if (text.isEmpty()) continue; // built with an intrinsic: its final size is not knowable here
      int bytes = text.get().getBytes(StandardCharsets.UTF_8).length;
      if (bytes <= MAX_BYTES) continue;
      sink.report(code.keyNode(), function.logicalId() + "'s inline code is " + bytes + " bytes, over the "
          + MAX_BYTES + " bytes CloudFormation accepts; move it to a CodeUri/Code package");
    }
  }
}
