package dev.lambdalint.rules.iam;

import dev.lambdalint.core.template.PolicyStatement;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Sub;
import dev.lambdalint.core.template.Template;
import dev.lambdalint.core.template.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code Deny} statements that carve an {@code Allow … Resource: "*"} down, for LL304. A Deny
 * statement carves an action down when all of these hold:
 * <ul>
 *   <li>it belongs to the same policy holder (the same role, policy, function or state machine:
 *       every inline policy of it applies to the same principal);
 *   <li>it has no {@code Condition} (a conditional Deny leaves the Allow whole for other requests);
 *   <li>its {@code Action} (not {@code NotAction}) matches the action, IAM wildcards honoured;
 *   <li>and either its {@code NotResource} names resources and not {@code "*"} — what the Allow
 *       still grants is then only those resources — or its {@code Resource} covers every resource
 *       the action could be scoped to: {@code "*"}, or an ARN pattern of the action's service (or
 *       {@code *}) whose region, account and resource parts are wildcards only
 *       ({@code arn:aws:sns:*:*:*}, {@code arn:${AWS::Partition}:s3:::*}). What the Allow still
 *       grants is then only the part of the action that takes no resource — for {@code sns:Publish},
 *       sending SMS to phone numbers, which IAM can only grant on {@code "*"}.
 * </ul>
 * A Deny of one topic or one bucket only pierces the wildcard and carves nothing down.
 */
final class DenyCarveOuts {
  private static final Pattern WHOLE_SERVICE = Pattern.compile("arn:([a-z-]*\\*?|\\*):([a-z0-9-]+|\\*):[*:]*\\*");

  private record Carve(List<Pattern> actions, boolean notResource, List<String> services) {}

  private final List<Carve> carves;

  private DenyCarveOuts(List<Carve> carves) {
    this.carves = carves;
  }

  /** The carve-outs of {@code owner}'s Deny statements among {@code statements}. */
  static DenyCarveOuts of(Template template, Resource owner, List<PolicyStatement> statements) {
    List<Carve> carves = new ArrayList<>();
    for (PolicyStatement s : statements) {
      if (s.owner() != owner || !s.isDeny() || s.hasCondition() || s.actionKey().isEmpty()) continue;
      List<Pattern> actions = new ArrayList<>();
      for (Value a : s.actions()) template.literal(a).map(String::strip).map(IamActions::glob).ifPresent(actions::add);
      if (actions.isEmpty()) continue;
      if (!s.notResources().isEmpty()) {
        boolean star = s.notResources().stream().anyMatch(r -> text(template, r).map("*"::equals).orElse(false));
        if (!star) carves.add(new Carve(actions, true, List.of()));
        continue;
      }
      List<String> services = new ArrayList<>();
      for (Value r : s.resources()) {
        Optional<String> arn = text(template, r);
        if (arn.isEmpty()) continue;
        if (arn.get().equals("*")) {
          services.add("*");
          continue;
        }
        var m = WHOLE_SERVICE.matcher(arn.get().toLowerCase(Locale.ROOT));
        if (m.matches()) services.add(m.group(2));
      }
      if (!services.isEmpty()) carves.add(new Carve(actions, false, services));
    }
    return new DenyCarveOuts(carves);
  }

  boolean isEmpty() {
    return carves.isEmpty();
  }

  /** Whether a Deny carves {@code action} ({@code service:action}, lower case) down. */
  boolean carves(String action) {
    int colon = action.indexOf(':');
    String service = colon < 0 ? action : action.substring(0, colon);
    for (Carve c : carves) {
      if (c.actions().stream().noneMatch(p -> p.matcher(action).matches())) continue;
      if (c.notResource() || c.services().contains("*") || c.services().contains(service)) return true;
    }
    return false;
  }

  /** A literal, or a {@code Fn::Sub} string whose only variable is {@code ${AWS::Partition}}. */
  private static Optional<String> text(Template template, Value value) {
    Optional<String> literal = template.literal(value).map(String::strip);
    if (literal.isPresent()) return literal;
    if (!(value instanceof Sub sub) || !sub.isShortForm()) return Optional.empty();
    return sub.text().map(s -> s.strip().replace("${AWS::Partition}", "aws")).filter(s -> !s.contains("${"));
  }
}
