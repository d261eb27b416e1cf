package dev.lambdalint.core.cdk;

import com.github.javaparser.ast.expr.Expression;
import dev.lambdalint.core.model.TextRange;
import java.util.Optional;

/**
 * One construct creation while the file is read: what it is, where it is made, the settings it
 * was made with, and the resource emitted for it (when it is one this reader models).
 */
final class Made {
  /** The construct id, null when it cannot be known. */
  final String id;
  final String typeName;
  final String qualifiedType;
  final boolean scopedToThis;
  /** The creation expression ({@code new Queue(…)}, {@code Function.Builder.create(…)}). */
  final Expression creation;
  /** The whole expression that yields the construct (the chain up to {@code build()}). */
  final Expression whole;
  /** Its settings: the builder chain's or the props chain's; empty when they cannot be known. */
  final Optional<CdkChains.Chain> settings;
  /** The construct path relative to the class ({@code Search}, {@code Api/Handler}). */
  final String path;

  String logicalId;
  Draft.DMap resource;
  Draft.DMap properties;
  /** For functions and roles: the role the construct's policies go to (its own, or null when not known). */
  String roleId;
  /** For functions and roles: the default policy CDK makes on first use. */
  Draft.DMap defaultPolicyStatements;
  /** For a function: the logical id of the version {@code getCurrentVersion()} publishes, once asked for. */
  String currentVersionId;
  /** For a function: the role construct given with {@code .role(r)}, when it is one of the file's. */
  Made customRole;

  Made(String id, String typeName, String qualifiedType, boolean scopedToThis, Expression creation, Expression whole,
      Optional<CdkChains.Chain> settings, String path) {
    this.id = id;
    this.typeName = typeName;
    this.qualifiedType = qualifiedType;
    this.scopedToThis = scopedToThis;
    this.creation = creation;
    this.whole = whole;
    this.settings = settings;
    this.path = path;
  }

  TextRange at() {
    return CdkValues.range(creation);
  }

  boolean is(String pkg, String simple) {
    return qualifiedType.equals(pkg + "." + simple);
  }

  Optional<CdkChains.Setter> setting(String name) {
    return settings.flatMap(s -> s.get(name));
  }

  /** Whether the settings are all known: a chain that was read and finished by {@code build()}. */
  boolean settingsKnown() {
    return settings.map(CdkChains.Chain::built).orElse(false);
  }
}
