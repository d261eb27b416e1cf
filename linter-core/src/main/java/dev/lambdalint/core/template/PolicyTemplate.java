package dev.lambdalint.core.template;

import java.util.Optional;

/**
 * A SAM policy template in a function's {@code Policies} ({@code - SQSSendMessagePolicy: {QueueName: …}}).
 *
 * @param name the template's name ({@code SQSSendMessagePolicy})
 * @param value what follows the name: a map of the template's parameters, or {@code {}}
 */
public record PolicyTemplate(String name, Node value) {

  /** The value given for one of the template's parameters ({@code QueueName}). */
  public Optional<Node> parameter(String parameter) {
    return value.asMap().flatMap(m -> m.get(parameter));
  }
}
