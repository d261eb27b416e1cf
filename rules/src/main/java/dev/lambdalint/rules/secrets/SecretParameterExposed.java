package dev.lambdalint.rules.secrets;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Parameter;
import dev.lambdalint.core.template.Template;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parameter meant for a secret that CloudFormation shows in clear (no {@code NoEcho}) or that
 * carries the secret in the template itself (a {@code Default}).
 */
@RuleInfo(
    id = "LL302",
    name = "secret-parameter-exposed",
    severity = Severity.WARNING,
    category = Category.SECURITY,
    summary = "A secret template parameter is shown in clear or has a default value",
    tags = {"security", "secrets"},
    precision = Precision.HIGH,
    securitySeverity = "6.5",
    secretInFindings = true)
public final class SecretParameterExposed implements Rule {

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    for (Parameter p : template.parameters()) {
      if (!SecretPatterns.nameMeansSecret(p.name()) || holdsAName(p)) continue;
      boolean noEcho = p.noEcho();
      Optional<String> secretDefault = p.defaultText().filter(v -> !v.isBlank())
          .filter(v -> !SecretPatterns.isPlaceholder(v));
      if (noEcho && secretDefault.isEmpty()) continue;
      if (!noEcho && secretDefault.isPresent()) {
        sink.report(p.keyNode(), Severity.ERROR, "Parameter " + p.name() + " holds a secret but has no NoEcho: true"
            + " and a Default (" + SecretPatterns.mask(secretDefault.get()) + ") that puts the secret in the template;"
            + " remove the Default and set NoEcho: true, or use a {{resolve:secretsmanager:…}} reference");
      } else if (!noEcho) {
        sink.report(p.keyNode(), "Parameter " + p.name() + " holds a secret but has no NoEcho: true, so the console,"
            + " the API and the stack events show it in clear; set NoEcho: true, or use a {{resolve:secretsmanager:…}} reference");
      } else {
        sink.report(p.keyNode(), "Parameter " + p.name() + " has a Default (" + SecretPatterns.mask(secretDefault.get())
            + ") that puts the secret in the template despite NoEcho; remove the Default and pass the value at deploy time");
      }
    }
  }

  /**
   * A parameter that holds where the secret is, not the secret: an SSM parameter type (its value
   * is a parameter name); a {@code Description} that says the value is the secret's ARN, name, id
   * or path ("Enter the ARN of the secret"); or a Default that is an ARN, a parameter path, a
   * dynamic reference or a placeholder in capitals ({@code BROKER_SECRET_ARN}). The parameter's own
   * name is read by {@link SecretPatterns#nameMeansSecret} ({@code SecretArn}, {@code DbSecretName}
   * do not mean a secret).
   */
  private static boolean holdsAName(Parameter p) {
    if (p.isSsmParameterType()) return true;
    if (p.description().map(SecretParameterExposed::describesAReference).orElse(false)) return true;
    return p.defaultText().map(v -> {
      String lower = v.strip().toLowerCase(Locale.ROOT);
      return lower.startsWith("arn:") || lower.startsWith("/") || lower.startsWith("{{resolve:")
          || CAPITALS_PLACEHOLDER.matcher(v.strip()).matches();
    }).orElse(false);
  }

  /** {@code MY_SECRET_ARN}, {@code BROKER_SECRET}: upper-case words joined by underscores, a name standing in for a value. */
  private static final Pattern CAPITALS_PLACEHOLDER = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
  /** The words of a description that say the value points at the secret. */
  private static final Pattern REFERENCE_WORD = Pattern.compile("(?i)(?<![A-Za-z0-9])(arn|arns|id|identifier|path|name)(?![A-Za-z0-9])");
  /** "user name", "username", "key name"...: a name that is not the secret's. */
  private static final Pattern OTHER_NAME = Pattern.compile("(?i)\\b(user|login|host|bucket|table|db|database|cluster)\\s+name\\b");

  /** "Enter the ARN of the secret", "Name of the Secrets Manager secret", "SSM parameter path of the token". */
  private static boolean describesAReference(String description) {
    String d = OTHER_NAME.matcher(description).replaceAll(" ");
    return REFERENCE_WORD.matcher(d).find();
  }
}
