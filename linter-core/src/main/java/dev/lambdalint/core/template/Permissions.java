package dev.lambdalint.core.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a function's role lets it do, from everything the template attaches to it: its SAM policy
 * templates, the IAM statements of its own inline policies, its role's and those of policies
 * attached to its role (also documents written as JSON strings), and the managed policies it gets.
 * Computed once per function ({@link Function#permissions()}).
 */
public final class Permissions {
  private final Function function;
  private final List<PolicyStatement> statements;
  /** The statements read from a JSON string: inside a {@code Fn::Sub} string, {@code ${Id.Arn}} names a resource. */
  private final Set<PolicyStatement> fromStrings = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<ManagedPolicyRef> managedPolicies;

  Permissions(Function function) {
    this.function = function;
    Template template = function.template();
    List<PolicyStatement> all = new ArrayList<>(function.policyStatements());
    for (PolicyStatement st : template.stringPolicyStatements()) {
      if (function.appliesTo(st)) {
        all.add(st);
        fromStrings.add(st);
      }
    }
    this.statements = List.copyOf(all);
    this.managedPolicies = template.managedPolicies().stream()
        .filter(ref -> ref.functions().contains(function.logicalId())).toList();
  }

  /**
   * A grant of one action on one resource, as the template writes it: a policy template
   * ({@code S3CrudPolicy}) or the statement's action ({@code s3:Put*}).
   *
   * @param by the policy template's name, or the action as written in the statement
   */
  public record Grant(String by, Resource resource) {
    /** {@code S3CrudPolicy on Uploads}, {@code s3:Put* on Uploads}. */
    public String describe() {
      return by + " on " + resource.logicalId();
    }
  }

  /** The SAM policy templates among the function's {@code Policies}. */
  public List<PolicyTemplate> policyTemplates() {
    return function.policyTemplates();
  }

  /** Every IAM statement that applies to the function, maps and JSON strings alike, in the template's order. */
  public List<PolicyStatement> statements() {
    return statements;
  }

  /** The managed policies attached to the function's role, by name or ARN. */
  public List<ManagedPolicyRef> managedPolicies() {
    return managedPolicies;
  }

  /**
   * The first grant that lets the function do {@code action} on {@code resource} by naming it: a
   * policy template whose parameter mentions the resource or equals its literal name, else an
   * {@code Allow} statement whose action matches ({@code *}/{@code ?} wildcards, case-insensitive)
   * and whose {@code Resource} mentions it or holds an ARN ending in {@code :<its name>}. A grant on
   * {@code "*"} or through a managed policy does not name the resource and does not count.
   */
  public Optional<Grant> grant(String action, Resource resource) {
    Template template = function.template();
    Optional<String> literalName = WriteTarget.of(resource).flatMap(WriteTarget::name);
    for (PolicyTemplate policy : function.policyTemplates()) {
      Optional<Node> value = policy.resourceGranted(action);
      if (value.isPresent() && (template.mentions(value.get(), resource)
          || (literalName.isPresent() && template.literal(value.get()).equals(literalName)))) {
        return Optional.of(new Grant(policy.name(), resource));
      }
    }
    for (PolicyStatement st : statements) {
      if (!st.isAllow()) continue;
      Optional<String> allowed = st.actions().stream().flatMap(a -> template.literal(a).stream())
          .filter(a -> actionMatches(a, action)).findFirst();
      if (allowed.isEmpty()) continue;
      boolean onResource = st.resources().stream().anyMatch(r -> template.mentions(r, resource)
          || (fromStrings.contains(st) && r.literal().map(l -> subMentions(l, resource)).orElse(false))
          || (literalName.isPresent() && template.literal(r).map(l -> l.contains(":" + literalName.get())).orElse(false)));
      if (onResource) return Optional.of(new Grant(allowed.get(), resource));
    }
    return Optional.empty();
  }

  /** Whether the function may do {@code action} on {@code resource} by a grant that names it (see {@link #grant}). */
  public boolean allows(String action, Resource resource) {
    return grant(action, resource).isPresent();
  }

  /** Whether a text of a JSON-string document names {@code resource} as a {@code Fn::Sub} reads it: {@code ${Id}}, {@code ${Id.Arn}}. */
  private static boolean subMentions(String text, Resource resource) {
    return Pattern.compile("\\$\\{" + Pattern.quote(resource.logicalId()) + "(?:\\.[A-Za-z0-9.]+)?}").matcher(text).find();
  }

  /** IAM action matching: {@code pattern} as written in a statement, case-insensitive, with {@code *} and {@code ?} wildcards. */
  public static boolean actionMatches(String pattern, String action) {
    String p = pattern.strip().toLowerCase(Locale.ROOT);
    String regex = ("\\Q" + p + "\\E").replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
    return action.toLowerCase(Locale.ROOT).matches(regex);
  }
}
