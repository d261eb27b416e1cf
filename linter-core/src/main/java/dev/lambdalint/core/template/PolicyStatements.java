package dev.lambdalint.core.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the identity-policy statements of a template: {@code AWS::IAM::Role} inline
 * {@code Policies}, {@code AWS::IAM::Policy}, {@code AWS::IAM::ManagedPolicy}, and the inline
 * documents among SAM function and state machine {@code Policies}. Every statement of every
 * document — a statement list is never read only up to its first item. Resource policies (bucket,
 * queue, key policies) and trust policies are not identity policies and are not included; nor are
 * policy documents written as JSON strings.
 */
final class PolicyStatements {
  private PolicyStatements() {}

  static List<PolicyStatement> of(Template template) {
    List<PolicyStatement> result = new ArrayList<>();
    for (Resource r : template.resources()) {
      MapNode p = r.properties();
      switch (r.type()) {
        case "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group" -> p.getList("Policies").ifPresent(list ->
            list.items().forEach(item -> item.asMap().flatMap(m -> m.getMap("PolicyDocument"))
                .ifPresent(doc -> addDocument(doc, r, result))));
        case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy",
            "AWS::IAM::GroupPolicy" -> p.getMap("PolicyDocument").ifPresent(doc -> addDocument(doc, r, result));
        case Function.SAM_TYPE, "AWS::Serverless::StateMachine" -> samPolicies(template, r).forEach(item ->
            item.asMap().filter(m -> m.has("Statement")).ifPresent(doc -> addDocument(doc, r, result)));
        default -> { }
      }
    }
    return List.copyOf(result);
  }

  /** SAM {@code Policies}: a name, a document, or a list of names, templates and documents. */
  private static List<Node> samPolicies(Template template, Resource r) {
    MapNode properties = r.isType(Function.SAM_TYPE)
        ? template.function(r.logicalId()).map(Function::properties).orElse(r.properties())
        : r.properties();
    return properties.get("Policies").map(p -> p.asList().map(ListNode::items).orElse(List.of(p))).orElse(List.of());
  }

  private static void addDocument(MapNode document, Resource owner, List<PolicyStatement> out) {
    document.get("Statement").ifPresent(statement -> {
      List<Node> items = statement.asList().map(ListNode::items).orElse(List.of(statement));
      for (Node item : items) item.asMap().filter(m -> !m.isIntrinsic()).ifPresent(m -> out.add(new PolicyStatement(m, owner)));
    });
  }
}
