package dev.lambdalint.rules.packaging;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Function;

/** More layers than Lambda accepts: the deployment fails. */
@RuleInfo(
    id = "LL402",
    name = "too-many-layers",
    severity = Severity.ERROR,
    category = Category.PACKAGING,
    summary = "A function uses more than the 5 layers Lambda allows",
    tags = {"packaging", "deployment"},
    precision = Precision.VERY_HIGH)
public final class TooManyLayers implements Rule {
  static final int MAX_LAYERS = 5;

  @Override
  public void checkFunction(Function function, LintContext context, FindingSink sink) {
    int count = function.layers().size();
    if (count <= MAX_LAYERS) return;
    function.layersKey().ifPresent(key -> sink.report(key, function.logicalId() + " has " + count
        + " layers (Globals' and its own together), over Lambda's limit of " + MAX_LAYERS
        + "; the deployment fails. Merge layers or move dependencies into the package"));
  }
}
