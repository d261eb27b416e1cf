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
import dev.lambdalint.core.template.Parameter;
import dev.lambdalint.core.template.Sub;
import dev.lambdalint.core.template.PerSetting;
import dev.lambdalint.core.template.Template;
import dev.lambdalint.core.template.Value;
import java.util.List;
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
    Value value = Value.of(env.value());
    if (value instanceof Value.Ref ref) return parameterProblem(template, ref);
    if (value instanceof Sub || value instanceof Value.Join) return ByShape.of(skeleton(value));
    if (!(value instanceof Value.Literal literal)) return Optional.empty();
    Optional<String> shape = ByShape.of(literal.text());
    if (shape.isPresent()) return shape;
    if (!literal.isString()) return Optional.empty(); // numbers, booleans
    if (SecretPatterns.nameMeansSecret(env.name()) && SecretPatterns.isSecretValue(literal.text())) {
      return Optional.of("a plaintext secret (" + SecretPatterns.mask(literal.text()) + ")");
    }
    return Optional.empty();
  }

  /**
   * {@code !Ref Param}: a NoEcho parameter is how a secret should come in; a parameter with a
   * secret-shaped Default carries the secret in the template (LL302 reports secret-named ones).
   */
  private static Optional<String> parameterProblem(Template template, Value.Ref ref) {
    Optional<Parameter> parameter = template.parameter(ref.target());
    if (parameter.isEmpty() || parameter.get().noEcho()) return Optional.empty();
    return parameter.get().defaultText().flatMap(ByShape::of)
        .map(p -> p + " through the Default of parameter " + parameter.get().name());
  }

  /** Shapes only: a value's shape makes it a secret whatever the name. */
  private static final class ByShape {
    static Optional<String> of(String text) {
      return SecretPatterns.shapeOf(text).map(m -> m.description() + " (" + SecretPatterns.mask(m.secret()) + ")");
    }
  }

  /**
   * The text written in a {@code Fn::Sub} or {@code Fn::Join}, every part not written as text put
   * as {@code ${?}}: a Sub's string as written, a Join's literal parts joined by its delimiter
   * (nothing when the delimiter is no literal). Secret shapes written in pieces are found whole.
   */
  private static String skeleton(Value value) {
    if (value instanceof Value.Literal literal) return literal.text();
    if (value instanceof Sub sub) return sub.text().orElse("${?}");
    if (value instanceof Value.Join join && join.list() instanceof Value.ListValue parts) {
      String separator = join.delimiter().literal().orElse("");
      StringBuilder sb = new StringBuilder();
      List<Value> items = parts.items();
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) sb.append(separator);
        sb.append(skeleton(items.get(i)));
      }
      return sb.toString();
    }
    return "${?}";
  }
}
