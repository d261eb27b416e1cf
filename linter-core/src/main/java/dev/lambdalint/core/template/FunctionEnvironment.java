package dev.lambdalint.core.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environment variables a function will have, as the template says: its own
 * {@code Environment.Variables} with SAM {@code Globals} merged in (maps merged key by key, the
 * function's value winning, {@code IgnoreGlobals} honoured), each variable with its key node and
 * where it was set.
 *
 * <p>Whether the template says everything: the map is <em>not fully known</em> when
 * {@code Environment} or {@code Variables} is an intrinsic ({@code !If}, a whole map from a
 * parameter or an import), when a key of it is an intrinsic ({@code Fn::ForEach…}), when an
 * {@code Fn::Transform} sits in the properties or the environment, and when the function is a
 * container image (its {@code Dockerfile} may set variables with {@code ENV}; {@code PackageType}
 * that cannot be read counts as an image). Then a name missing from {@link #variables()} may still
 * be defined at run time, and rules asking "is X undefined?" must stay silent.
 */
public final class FunctionEnvironment {

  /** Whether a variable is set once deployed. */
  public enum Presence {
    /** Set, to a value known or not. */
    SET,
    /** Set in some deployments only: an {@code Fn::If} with an {@code AWS::NoValue} branch, a {@code null} value. */
    MAYBE,
    /** Removed: {@code !Ref AWS::NoValue}, or an {@code Fn::If} whose every branch is. */
    ABSENT
  }

  /**
   * One variable of the function's environment.
   *
   * @param keyNode the variable's key, in the function or in {@code Globals} ({@link #origin()})
   * @param value its value as written
   */
  public record Variable(String name, ScalarNode keyNode, Node value, Setting.Origin origin, Presence presence) {}

  private final Map<String, Variable> variables;
  private final Optional<String> unknownBecause;

  private FunctionEnvironment(Map<String, Variable> variables, Optional<String> unknownBecause) {
    this.variables = variables;
    this.unknownBecause = unknownBecause;
  }

  static FunctionEnvironment of(Function function) {
    MapNode properties = function.properties();
    Map<String, Variable> vars = new LinkedHashMap<>();
    Optional<String> unknown = imageReason(function.template(), properties);
    if (properties.has("Fn::Transform")) unknown = unknown.or(() -> Optional.of("its properties go through Fn::Transform"));
    Optional<Node> environment = properties.get("Environment");
    if (environment.isPresent()) {
      Node env = environment.get();
      Optional<MapNode> envMap = env.asMap().filter(m -> !m.isIntrinsic());
      if (envMap.isEmpty()) {
        if (!(Value.of(env) instanceof Value.Ref ref && ref.isNoValue())) {
          unknown = unknown.or(() -> Optional.of("Environment is set through an intrinsic"));
        }
      } else {
        if (envMap.get().has("Fn::Transform")) unknown = unknown.or(() -> Optional.of("Environment goes through Fn::Transform"));
        Optional<Node> variablesNode = envMap.get().get("Variables");
        if (variablesNode.isPresent()) {
          Optional<MapNode> map = variablesNode.get().asMap().filter(m -> !m.isIntrinsic());
          if (map.isEmpty()) {
            if (!(Value.of(variablesNode.get()) instanceof Value.Ref ref && ref.isNoValue()) && !isNull(variablesNode.get())) {
              unknown = unknown.or(() -> Optional.of("Environment.Variables is set through an intrinsic"));
            }
          } else {
            for (MapNode.Entry e : map.get().entries()) {
              if (e.name().startsWith("Fn::")) {
                unknown = unknown.or(() -> Optional.of("Environment.Variables holds " + e.name()));
                continue;
              }
              vars.put(e.name(), new Variable(e.name(), e.key(), e.value(),
                  Setting.setBy(e.name(), e.key()).origin(), presence(Value.of(e.value()), 0)));
            }
          }
        }
      }
    }
    return new FunctionEnvironment(java.util.Collections.unmodifiableMap(vars), unknown);
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.isNull();
  }

  /** A container image function, or one whose package type cannot be read: its image may set variables. */
  private static Optional<String> imageReason(Template template, MapNode properties) {
    Optional<Node> packageType = properties.get("PackageType");
    if (packageType.isPresent()) {
      Optional<String> type = template.literal(packageType.get());
      if (type.isEmpty()) return Optional.of("its PackageType cannot be read (an image may set variables)");
      if (type.get().equalsIgnoreCase("Image")) return Optional.of("it is a container image (its Dockerfile may set variables)");
    }
    if (properties.has("ImageUri") || properties.getMap("Code").map(c -> c.has("ImageUri")).orElse(false)) {
      return Optional.of("it is a container image (its Dockerfile may set variables)");
    }
    return Optional.empty();
  }

  private static Presence presence(Value value, int depth) {
    if (value == null || value instanceof Value.Null || depth > 16) return Presence.MAYBE;
    if (value instanceof Value.Ref ref && ref.isNoValue()) return Presence.ABSENT;
    if (value instanceof Value.If choice) {
      Presence a = presence(choice.whenTrue(), depth + 1);
      Presence b = presence(choice.whenFalse(), depth + 1);
      return a == b ? a : Presence.MAYBE;
    }
    return Presence.SET;
  }

  /** Whether the template says every variable the function will have (see the class comment). */
  public boolean isFullyKnown() {
    return unknownBecause.isEmpty();
  }

  /** Why the environment is not fully known, for messages and tests; empty when it is. */
  public Optional<String> unknownBecause() {
    return unknownBecause;
  }

  /** The variables the template writes, inherited ones first (as merged), each name once. */
  public List<Variable> variables() {
    return new ArrayList<>(variables.values());
  }

  public Optional<Variable> variable(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  /**
   * Whether the function certainly has no variable {@code name} set through its configuration: the
   * environment is fully known and holds no such variable, or holds it as removed
   * ({@code !Ref AWS::NoValue}). A variable set in some deployments only is not certainly lacking.
   */
  public boolean certainlyLacks(String name) {
    if (!isFullyKnown()) return false;
    Variable v = variables.get(name);
    return v == null || v.presence() == Presence.ABSENT;
  }
}
