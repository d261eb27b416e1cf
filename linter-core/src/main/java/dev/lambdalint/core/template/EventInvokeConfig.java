package dev.lambdalint.core.template;

import java.util.Optional;

/**
 * Asynchronous invocation settings: SAM's {@code EventInvokeConfig} property or an
 * {@code AWS::Lambda::EventInvokeConfig} resource for the function.
 *
 * @param node the property value or the resource's properties
 */
public record EventInvokeConfig(MapNode node, Template template) {

  public Optional<Long> maximumRetryAttempts() {
    return node.get("MaximumRetryAttempts").flatMap(template::number);
  }

  public Optional<Long> maximumEventAgeInSeconds() {
    return node.get("MaximumEventAgeInSeconds").flatMap(template::number);
  }

  /** The on-failure destination: SAM {@code Destination}, CFN {@code Destination} alike. */
  public Optional<Node> onFailure() {
    return destination("OnFailure");
  }

  /**
   * Whether an on-failure destination is declared: {@code DestinationConfig.OnFailure} in any form
   * (also one {@link #onFailure()} cannot read), or a {@code DestinationConfig} written as an
   * intrinsic ({@code !If}) that may hold one.
   */
  public boolean declaresOnFailure() {
    if (node.get("DestinationConfig").map(Node::isIntrinsic).orElse(false)) return true;
    return onFailure().isPresent() || node.getMap("DestinationConfig").flatMap(d -> d.get("OnFailure")).isPresent();
  }

  public Optional<Node> onSuccess() {
    return destination("OnSuccess");
  }

  private Optional<Node> destination(String which) {
    return node.getMap("DestinationConfig").flatMap(d -> d.getMap(which)).flatMap(m -> m.get("Destination")
        .or(() -> m.getLiteral("Type").map(t -> (Node) m)));
  }
}
