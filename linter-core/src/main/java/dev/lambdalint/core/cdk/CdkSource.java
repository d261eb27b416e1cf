package dev.lambdalint.core.cdk;

import dev.lambdalint.core.model.Location;
import java.util.List;
import java.util.Optional;

/**
 * What one CDK Java source file declares, beside the template read from it: the class whose
 * constructs the template holds, and every construct the file creates, ours to model or not.
 * {@code cdk.out} templates are mapped back to the source through it: the construct path a synth
 * records ({@code aws:cdk:path: SearchStack/Api/Handler/Resource}) is followed from a stack to the
 * constructs each class creates, down to the resource the template read from this file holds.
 *
 * @param className the fully qualified name of the file's top-level class ({@code com.example.SearchStack})
 * @param superclassName the simple name of the class it extends as written ({@code Stack}, {@code Construct}), "" when none
 * @param constructs every construct the file creates, in source order
 */
public record CdkSource(String className, String superclassName, List<CdkConstruct> constructs) {

  public CdkSource {
    constructs = List.copyOf(constructs);
  }

  /** The simple name of {@link #className}. */
  public String simpleClassName() {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** The constructs created with construct id {@code id}, in source order. */
  public List<CdkConstruct> constructsWithId(String id) {
    return constructs.stream().filter(c -> c.id().equals(id)).toList();
  }

  /**
   * One construct creation: {@code new Queue(this, "Inbox", …)}, {@code Function.Builder.create(this, "Search")…build()},
   * {@code new SearchStack(app, "SearchStack")}, {@code new SearchApi(this, "Api")}.
   *
   * @param id the construct id, when a literal or constant resolves it
   * @param typeName the simple name of the created type as written ({@code Function}, {@code SearchApi})
   * @param qualifiedTypeName the created type's fully qualified name when imports tell it, else {@code typeName}
   * @param scopedToThis whether its scope argument is {@code this} (its path continues the enclosing class's path)
   * @param location the creation expression (where findings about the construct as a whole start)
   * @param logicalId the logical id of the resource the template read from this file holds for it,
   *     empty for constructs it does not model (a user construct class, a library pattern)
   */
  public record CdkConstruct(String id, String typeName, String qualifiedTypeName, boolean scopedToThis,
      Location location, Optional<String> logicalId) {}
}
