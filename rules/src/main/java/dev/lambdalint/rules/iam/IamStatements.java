package dev.lambdalint.rules.iam;

import dev.lambdalint.core.template.PolicyStatement;
import dev.lambdalint.core.template.Template;
import java.util.ArrayList;
import java.util.List;

/** Every identity-policy statement the IAM rules read: structured documents and JSON-string documents. */
final class IamStatements {
  private IamStatements() {}

  static List<PolicyStatement> of(Template template) {
    List<PolicyStatement> all = new ArrayList<>(template.policyStatements());
    all.addAll(template.stringPolicyStatements());
    return all;
  }
}
