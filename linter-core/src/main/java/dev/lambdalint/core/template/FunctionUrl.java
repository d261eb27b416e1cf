package dev.lambdalint.core.template;

import java.util.Locale;
import java.util.Optional;

/**
 * A function URL the template declares: SAM {@code FunctionUrlConfig} of a function (with
 * {@code Globals} applied), or an {@code AWS::Lambda::Url} resource, whether or not the function
 * it targets is in the template.
 *
 * @param owner the logical id of the function (SAM) or of the {@code AWS::Lambda::Url} resource
 * @param config the {@code FunctionUrlConfig} value or the resource's properties
 */
public record FunctionUrl(String owner, MapNode config, Template template) {

  /** {@code AuthType} and where it is set (the function, or {@code Globals}); empty when unset or not knowable. */
  public Optional<Setting<String>> authType() {
    return config.entry("AuthType").flatMap(e -> template.literal(e.value()).map(v -> Setting.setBy(v, e.key())));
  }

  /**
   * The function of the template the URL invokes: the SAM function that declares it, or the one an
   * {@code AWS::Lambda::Url}'s {@code TargetFunctionArn} refers to; empty for a function defined elsewhere.
   */
  public Optional<Function> function() {
    Optional<Function> declaring = template.function(owner).filter(f -> f.urlConfig().map(c -> c == config).orElse(false));
    if (declaring.isPresent()) return declaring;
    return config.get("TargetFunctionArn").flatMap(template::referencedFunction);
  }

  /** {@code AuthType: NONE}: anyone who has the URL can invoke the function. */
  public boolean isPublic() {
    return authType().map(a -> a.value().strip().toUpperCase(Locale.ROOT).equals("NONE")).orElse(false);
  }
}
