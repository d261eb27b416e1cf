package dev.lambdalint.rules.secrets;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.EnvVar;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.Parameter;
import dev.lambdalint.core.template.Sub;
import dev.lambdalint.core.template.PerSetting;
import dev.lambdalint.core.template.Template;
import java.util.Optional;

/**
 * A function environment variable that holds a secret in clear: readable by anyone who can read
 * the function's configuration or the template, and kept in every deployment artifact.
 */
@RuleInfo(
    id = "LL301",
    name = "plaintext-secret-in-environment",
    severity = Severity.ERROR,
    category = Category.SECURITY,
    summary = "A function environment variable holds a plaintext secret",
    tags = {"security", "secrets"},
    precision = Precision.HIGH,
    securitySeverity = "8.0",
    secretInFindings = true)
public final class PlaintextSecretInEnvironment implements Rule {

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    // a Globals variable is every function's: reported once, at the Globals line
    PerSetting<Secret> secrets = new PerSetting<>();
    for (Function function : template.functions()) {
      for (EnvVar env : function.environment()) {
        problem(template, env).ifPresent(problem -> secrets.add(env.keyNode(), new Secret(env.name(), function.logicalId(), problem)));
      }
    }
    for (PerSetting.Group<Secret> group : secrets.groups()) {
      Secret first = group.first();
      String owner = group.fromGlobals() ? "Globals (every function)" : first.function();
      sink.report(group.node(), "Environment variable " + first.variable() + " of " + owner + " holds " + first.problem()
          + "; keep the secret in Secrets Manager or SSM SecureString and pass a {{resolve:…}} reference"
          + " or the secret's ARN instead");
    }
  }

  /** A variable holding a plaintext secret: its name, the function it was first seen in, what is wrong. */
  private record Secret(String variable, String function, String problem) {}

  /** What is wrong with the variable, with the secret masked; empty when it holds no plaintext secret. */
  static Optional<String> problem(Template template, EnvVar env) {
    Node value = env.value();
    Optional<String> intrinsic = value.intrinsicName();
    if (intrinsic.isPresent()) {
      return switch (intrinsic.get()) {
        case "Ref" -> parameterProblem(template, value);
        case "Fn::Sub", "Fn::Join" -> ByShape.of(IntrinsicText.of(value));
        default -> Optional.empty();
      };
    }
    Optional<String> text = value.literal();
    if (text.isEmpty()) return Optional.empty();
    Optional<String> shape = ByShape.of(text.get());
    if (shape.isPresent()) return shape;
    if (value.asScalar().map(s -> !s.isString()).orElse(true)) return Optional.empty(); // numbers, booleans
    if (SecretPatterns.nameMeansSecret(env.name()) && SecretPatterns.isSecretValue(text.get())) {
      return Optional.of("a plaintext secret (" + SecretPatterns.mask(text.get()) + ")");
    }
    return Optional.empty();
  }

  /**
   * {@code !Ref Param}: a NoEcho parameter is how a secret should come in; a parameter with a
   * secret-shaped Default carries the secret in the template (LL302 reports secret-named ones).
   */
  private static Optional<String> parameterProblem(Template template, Node ref) {
    Optional<Parameter> parameter = ref.intrinsicArgument().flatMap(Node::literal).flatMap(template::parameter);
    if (parameter.isEmpty() || parameter.get().noEcho()) return Optional.empty();
    return parameter.get().defaultValue().flatMap(Node::literal).flatMap(ByShape::of)
        .map(p -> p + " through the Default of parameter " + parameter.get().name());
  }

  /** Shapes only: a value's shape makes it a secret whatever the name. */
  private static final class ByShape {
    static Optional<String> of(String text) {
      return SecretPatterns.shapeOf(text).map(m -> m.description() + " (" + SecretPatterns.mask(m.secret()) + ")");
    }
  }

  /** The literal text of {@code Fn::Sub}/{@code Fn::Join}, with every intrinsic part as {@code ${…}}. */
  static final class IntrinsicText {
    static String of(Node node) {
      Optional<String> name = node.intrinsicName();
      if (name.isEmpty()) return node.literal().orElse("${?}");
      Node arg = node.intrinsicArgument().orElseThrow();
      switch (name.get()) {
        case "Fn::Sub" -> {
          return Sub.of(node).flatMap(Sub::text).orElse("${?}");
        }
        case "Fn::Join" -> {
          Optional<dev.lambdalint.core.template.ListNode> list = arg.asList().filter(l -> l.size() == 2);
          if (list.isEmpty()) return "${?}";
          String separator = list.get().get(0).literal().orElse("");
          StringBuilder sb = new StringBuilder();
          Optional<dev.lambdalint.core.template.ListNode> parts = list.get().get(1).asList();
          if (parts.isEmpty()) return "${?}";
          for (int i = 0; i < parts.get().size(); i++) {
            if (i > 0) sb.append(separator);
            sb.append(of(parts.get().get(i)));
          }
          return sb.toString();
        }
        default -> {
          return "${?}";
        }
      }
    }
  }
}
