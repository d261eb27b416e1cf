package dev.lambdalint.core.template;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A managed policy attached to a function's role, as written: a SAM {@code Policies} item that is
 * a policy name ({@code AmazonS3FullAccess}) or an ARN (literal, {@code !Sub
 * arn:${AWS::Partition}:iam::aws:policy/…}, {@code !Join}, {@code !Ref} to a parameter with a
 * Default), a function's {@code ManagedPolicyArns} item, or a {@code ManagedPolicyArns} item of
 * an {@code AWS::IAM::Role} of the template that a function of the template uses as its
 * {@code Role} ({@code !GetAtt R.Arn}, {@code !Ref R}, or a {@code !Sub} naming it). A role no
 * function uses is not a function's role — even when its trust policy lets Lambda assume it, it
 * may serve a function of another stack, or none — and is left out.
 *
 * @param item the list item (or the lone value) that attaches the policy: where findings start
 * @param reference the name or ARN with {@code ${AWS::Partition}} read as {@code aws}; empty when
 *     it cannot be known
 * @param owner the function or role the policy is attached to
 * @param functions the logical ids of the functions whose role gets the policy, in document order:
 *     the owner itself for a function, the functions that use it for a role; never empty
 */
public record ManagedPolicyRef(Node item, Optional<String> reference, Resource owner, List<String> functions) {
  private static final Pattern AWS_MANAGED_ARN =
      Pattern.compile("arn:[^:]*:iam::aws:policy/(?:[^/]*/)*([^/]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern POLICY_NAME = Pattern.compile("[A-Za-z0-9+=,.@_-]+");

  /**
   * The AWS managed policy's name ({@code AdministratorAccess}) when the reference is an AWS
   * managed policy: an {@code arn:…:iam::aws:policy/…} ARN, or a bare name in SAM {@code Policies}
   * (SAM reads a bare name as an AWS managed policy). Empty for customer managed policies and
   * unknown references.
   */
  public Optional<String> awsManagedName() {
    if (reference.isEmpty()) return Optional.empty();
    String ref = reference.get().strip();
    Matcher m = AWS_MANAGED_ARN.matcher(ref);
    if (m.matches()) return Optional.of(m.group(1));
    if (ref.toLowerCase(Locale.ROOT).startsWith("arn:")) return Optional.empty();
    boolean samItem = item.path().contains("/Properties/Policies");
    return samItem && POLICY_NAME.matcher(ref).matches() ? Optional.of(ref) : Optional.empty();
  }

  /** Every managed policy attached to a function's role in {@code template}, in document order, each item once. */
  public static List<ManagedPolicyRef> of(Template template) {
    List<ManagedPolicyRef> result = new ArrayList<>();
    Map<Node, Boolean> seen = new IdentityHashMap<>();
    Map<Resource, List<String>> roles = new LinkedHashMap<>();
    for (Function f : template.functions()) {
      List<String> self = List.of(f.logicalId());
      for (Node p : f.policies()) {
        if (p.isScalar() || p.isIntrinsic()) add(template, p, f.resource(), self, result, seen);
      }
      for (Node arn : f.managedPolicyArns()) add(template, arn, f.resource(), self, result, seen);
      f.role().ifPresent(role -> {
        for (Resource r : template.resourcesOfType("AWS::IAM::Role")) {
          if (template.mentions(role, r)) roles.computeIfAbsent(r, k -> new ArrayList<>()).add(f.logicalId());
        }
      });
    }
    for (Map.Entry<Resource, List<String>> role : roles.entrySet()) {
      List<String> users = List.copyOf(role.getValue());
      role.getKey().properties().get("ManagedPolicyArns").ifPresent(v -> {
        List<Node> items = v.asList().map(ListNode::items).orElse(List.of(v));
        items.forEach(i -> add(template, i, role.getKey(), users, result, seen));
      });
    }
    return List.copyOf(result);
  }

  /** Whether the role's trust policy lets {@code lambda.amazonaws.com} assume it. */
  public static boolean trustsLambda(Resource role) {
    return role.properties().get("AssumeRolePolicyDocument").map(ManagedPolicyRef::mentionsLambda).orElse(false);
  }

  private static boolean mentionsLambda(Node node) {
    if (node.literal().map(s -> s.strip().equalsIgnoreCase("lambda.amazonaws.com")).orElse(false)) return true;
    if (node instanceof MapNode m) return m.entries().stream().anyMatch(e -> mentionsLambda(e.value()));
    if (node instanceof ListNode l) return l.items().stream().anyMatch(ManagedPolicyRef::mentionsLambda);
    return false;
  }

  private static void add(Template template, Node item, Resource owner, List<String> functions, List<ManagedPolicyRef> out,
      Map<Node, Boolean> seen) {
    if (seen.put(item, Boolean.TRUE) != null) return;
    out.add(new ManagedPolicyRef(item, text(template, item), owner, functions));
  }

  /** A literal (or a parameter's Default), or the text of a {@code Fn::Sub}/{@code Fn::Join} with only pseudo parameters. */
  private static Optional<String> text(Template template, Node node) {
    Optional<String> literal = template.literal(node);
    if (literal.isPresent()) return literal;
    Optional<String> name = node.intrinsicName();
    if (name.isEmpty()) return Optional.empty();
    Node arg = node.intrinsicArgument().orElseThrow();
    switch (name.get()) {
      case "Ref" -> {
        return arg.literal().filter("AWS::Partition"::equals).map(p -> "aws");
      }
      case "Fn::Sub" -> {
        Optional<String> s = Sub.of(node).flatMap(Sub::text);
        return s.map(v -> v.replace("${AWS::Partition}", "aws")).filter(v -> !v.contains("${"));
      }
      case "Fn::Join" -> {
        Optional<ListNode> list = arg.asList().filter(l -> l.size() == 2);
        if (list.isEmpty()) return Optional.empty();
        String separator = list.get().get(0).literal().orElse("");
        Optional<ListNode> parts = list.get().get(1).asList();
        if (parts.isEmpty()) return Optional.empty();
        List<String> texts = new ArrayList<>();
        for (Node part : parts.get().items()) {
          Optional<String> t = text(template, part);
          if (t.isEmpty()) return Optional.empty();
          texts.add(t.get());
        }
        return Optional.of(String.join(separator, texts));
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
