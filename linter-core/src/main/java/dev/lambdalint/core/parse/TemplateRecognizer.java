package dev.lambdalint.core.parse;

import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Node;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tells a CloudFormation/SAM template from the other YAML and JSON in a repository. */
final class TemplateRecognizer {
  static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";
  private static final Pattern AWS_TYPE_LINE =
      Pattern.compile("(?m)^\\s*(?:-\\s*)?[\"']?Type[\"']?\\s*:\\s*[\"']?AWS::");

  private TemplateRecognizer() {}

  /** A loaded document is a template when CloudFormation would take it for one. */
  static boolean isTemplate(Node root) {
    if (!(root instanceof MapNode map)) return false;
    if (map.has("AWSTemplateFormatVersion")) return true;
    if (map.get("Transform").map(TemplateRecognizer::namesSamTransform).orElse(false)) return true;
    return map.getMap("Resources").map(TemplateRecognizer::hasAwsResource).orElse(false);
  }

  private static boolean namesSamTransform(Node transform) {
    if (transform.literal().map(SAM_TRANSFORM::equals).orElse(false)) return true;
    return transform.asList().map(l -> l.items().stream()
        .anyMatch(i -> i.literal().map(SAM_TRANSFORM::equals).orElse(false))).orElse(false);
  }

  private static boolean hasAwsResource(MapNode resources) {
    return resources.entries().stream().anyMatch(e -> e.value().asMap()
        .flatMap(r -> r.getLiteral("Type")).map(t -> t.startsWith("AWS::")).orElse(false));
  }

  /**
   * Whether a file that failed to load meant to be a template: then its failure is worth an
   * LL001; otherwise it is some other broken YAML/JSON and none of our business.
   */
  static boolean looksLikeTemplate(String fileName, String text) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.matches("template\\.(ya?ml|json)") || name.endsWith(".template")) return true;
    if (text == null) return false;
    return text.contains("AWSTemplateFormatVersion") || text.contains(SAM_TRANSFORM)
        || AWS_TYPE_LINE.matcher(text).find();
  }
}
