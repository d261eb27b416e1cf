package dev.lambdalint.rules.packaging;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.maven.MavenPom;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.template.CodeLocation;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A Java function's Maven build depends on the whole AWS SDK instead of the service modules it
 * uses: every service's classes end up in the package, which grows by hundreds of megabytes and
 * starts slower.
 */
@RuleInfo(
    id = "LL404",
    name = "whole-sdk-dependency",
    severity = Severity.WARNING,
    category = Category.PACKAGING,
    summary = "A function's pom.xml depends on the whole AWS SDK instead of per-service modules",
    tags = {"packaging", "cold-start", "maven", "java"},
    precision = Precision.VERY_HIGH)
public final class WholeSdkDependency implements Rule {
  /** The artifacts that bundle every service: SDK v1's aggregate, SDK v2's aggregate and its shaded bundle. */
  private static final Set<String> WHOLE_SDK = Set.of(
      "com.amazonaws:aws-java-sdk", "software.amazon.awssdk:aws-sdk-java", "software.amazon.awssdk:bundle");
  private static final Set<String> WHOLE_SDK_ARTIFACTS = WHOLE_SDK.stream()
      .map(coordinates -> coordinates.substring(coordinates.indexOf(':') + 1))
      .collect(Collectors.toUnmodifiableSet());

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    Map<Path, Set<String>> functionsByPom = new TreeMap<>();
    for (Function function : template.functions()) {
      if (!function.isJava()) continue;
      pomOf(function).ifPresent(pom -> functionsByPom.computeIfAbsent(pom, p -> new TreeSet<>()).add(function.logicalId()));
    }
    functionsByPom.forEach((pom, functions) -> {
      SourceFile file = siblingOf(template.file(), pom);
      List<MavenPom.Dependency> declared = context.document(pom, MavenPom.class)
          .map(p -> p.dependencies(WHOLE_SDK_ARTIFACTS)).orElse(List.of());
      for (MavenPom.Dependency dependency : declared) {
        if (!WHOLE_SDK.contains(dependency.coordinates())) continue;
        sink.report(Location.of(file, dependency.range()), file.path() + " depends on the whole AWS SDK ("
            + dependency.coordinates() + "), packaged into " + String.join(", ", functions)
            + ": depend on the service modules the code uses (with the SDK's BOM for versions) to cut the "
            + "package and the cold start");
      }
    });
  }

  /**
   * The pom.xml that builds the function: in its CodeUri folder, or for a jar/zip CodeUri the
   * nearest one above it, not above the template's folder.
   */
  private static Optional<Path> pomOf(Function function) {
    CodeLocation code = function.code();
    if (code.kind() != CodeLocation.Kind.LOCAL || code.localPath().isEmpty()) return Optional.empty();
    Path location = code.localPath().get().toAbsolutePath().normalize();
    Path stop = function.template().directory().toAbsolutePath().normalize();
    Path dir = Files.isDirectory(location) ? location : location.getParent();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path pom = d.resolve("pom.xml");
      if (Files.isRegularFile(pom)) return Optional.of(pom);
      if (d.equals(stop) || !d.startsWith(stop)) break;
    }
    return Optional.empty();
  }

  /** {@code other} named the way {@code file} is: relative to the same scan root. */
  private static SourceFile siblingOf(SourceFile file, Path other) {
    if (!file.isUnderRoot()) return new SourceFile(other, other.toAbsolutePath().normalize().toString());
    Path root = file.absolutePath();
    for (int i = 0; i < Path.of(file.path()).getNameCount(); i++) root = root.getParent();
    return SourceFile.of(other, root);
  }
}
