package dev.lambdalint.rules.packaging;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.ProjectLayout;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.RuleOption;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.CodeLocation;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Layer;
import dev.lambdalint.core.template.Template;
import dev.lambdalint.rules.packaging.PackageSizes.Measured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A function's deployment package is over (or close to) Lambda's size limits: 50 MB zipped for a
 * direct upload, 250 MB unzipped for the code and all its layers.
 */
@RuleInfo(
    id = "LL401",
    name = "package-too-large",
    severity = Severity.ERROR,
    category = Category.PACKAGING,
    summary = "A function's deployment package exceeds a Lambda size limit",
    tags = {"packaging", "deployment", "cold-start"},
    precision = Precision.HIGH)
public final class PackageTooLarge implements Rule {
  static final long ZIPPED_LIMIT = 50 * PackageSizes.MB;
  static final long UNZIPPED_LIMIT = 250 * PackageSizes.MB;
  /** The warning budget; a build's own ({@code BuildFacts#packageBudgetPercent}, the Maven plugin's) wins. */
  static final RuleOption<Integer> BUDGET = RuleOption.wholeNumber("budgetPercent", 80, 1, 100,
      "warn when a package passes this percentage of a Lambda size limit");

  @Override
  public void checkTemplate(Template template, LintContext context, FindingSink sink) {
    int budget = context.build().packageBudgetPercent().orElseGet(() -> context.option(BUDGET));
    for (Function function : template.functions()) {
      CodeLocation code = function.code();
      if (code.kind() != CodeLocation.Kind.LOCAL || code.localPath().isEmpty() || code.keyNode() == null) continue;
      Path codePath = code.localPath().get();
      Optional<Path> packaged = context.build().packagedArtifact(codePath).filter(Files::isRegularFile);
      Optional<Measured> measured = packaged.isPresent()
          ? measure(context, packaged.get()) // the Maven plugin named it: the user's own artifact
          : readable(context, template, codePath) ? measure(context, artifactFor(codePath)) : Optional.empty();
      if (measured.isEmpty()) continue;
      List<Measured> layers = localLayers(function, context);
      check(function, code, template.directory(), measured.get(), layers, budget, sink);
    }
  }

  private static void check(Function function, CodeLocation location, Path templateDir, Measured code, List<Measured> layers,
      int budget, FindingSink sink) {
    var at = location.keyNode();
    String what = function.logicalId() + "'s package " + shown(templateDir, code.path());
    if (code.archive()) {
      Verdict zipped = Verdict.of(code.zipped(), ZIPPED_LIMIT, budget);
      if (zipped == Verdict.OVER) {
        sink.report(at, Severity.ERROR, what + " is " + PackageSizes.format(code.zipped())
            + " zipped, over Lambda's 50 MB limit for direct upload; trim dependencies or upload through S3");
        return;
      }
      if (code.unzipped().isEmpty()) {
        if (zipped == Verdict.NEAR) sink.report(at, Severity.WARNING, near(what, code.zipped(), ZIPPED_LIMIT, "zipped", budget, ""));
        return;
      }
    }
    long layerBytes = layers.stream().mapToLong(l -> l.unzipped().orElse(0L)).reduce(0, PackageSizes::add);
    long unzipped = PackageSizes.add(code.unzipped().orElse(code.zipped()), layerBytes);
    String parts = layers.isEmpty() ? "" : " (code " + PackageSizes.format(code.unzipped().orElse(code.zipped()))
        + " + " + layers.size() + " local layer" + (layers.size() == 1 ? "" : "s") + " " + PackageSizes.format(layerBytes) + ")";
    String partly = Stream.concat(Stream.of(code), layers.stream()).filter(Measured::partial)
        .map(m -> "measured only partly: " + m.stopped() + " in " + shown(templateDir, m.path()))
        .collect(Collectors.joining("; "));
    if (!partly.isEmpty()) parts = parts + " (" + partly + ")";
    String atLeast = partly.isEmpty() ? "" : "at least ";
    Verdict whole = Verdict.of(unzipped, UNZIPPED_LIMIT, budget);
    if (whole == Verdict.OVER) {
      sink.report(at, Severity.ERROR, what + " unzips to " + atLeast + PackageSizes.format(unzipped) + parts
          + ", over Lambda's 250 MB limit for code and layers; trim dependencies or use a container image");
    } else if (code.archive() && Verdict.of(code.zipped(), ZIPPED_LIMIT, budget) == Verdict.NEAR) {
      sink.report(at, Severity.WARNING, near(what, code.zipped(), ZIPPED_LIMIT, "zipped", budget, ""));
    } else if (whole == Verdict.NEAR) {
      sink.report(at, Severity.WARNING, near(what, unzipped, UNZIPPED_LIMIT, "unzipped" + parts, budget, atLeast));
    }
  }

  private enum Verdict {
    OVER, NEAR, FINE;

    static Verdict of(long bytes, long limit, int budgetPercent) {
      if (bytes > limit) return OVER;
      return bytes * 100 > limit * budgetPercent ? NEAR : FINE;
    }
  }

  private static String near(String what, long bytes, long limit, String measure, int budget, String atLeast) {
    long percent = bytes * 100 / limit;
    return what + " is " + atLeast + PackageSizes.format(bytes) + " " + measure + ", " + percent + "% of Lambda's "
        + (limit / PackageSizes.MB) + " MB limit (budget " + budget + "%); trim it before it stops deploying";
  }

  /** The artifact a code folder stands for: a module's jar in target/, else the folder itself. */
  private static Path artifactFor(Path codePath) {
    if (Files.isDirectory(codePath)) return PackageSizes.packagedJar(codePath).orElse(codePath);
    return codePath;
  }

  /**
   * A path is measured once per run, however many functions and layers name it (20 functions with
   * {@code CodeUri: /usr} walked it 20 times, issue 18 item 13).
   */
  private static Optional<Measured> measure(LintContext context, Path path) {
    Path key = path.toAbsolutePath().normalize();
    return context.perRun(new MeasureKey(key), () -> PackageSizes.measure(key));
  }

  private record MeasureKey(Path path) {}

  /**
   * Whether the rule may read {@code path}: only inside what the run reads (the scan root, the
   * paths given, their context) or the repository around the template, the real path compared
   * (a link out of the repository does not count as inside). A template may name any path on the
   * machine ({@code CodeUri: /usr}, {@code ../../..}); sizing what lies outside would read folders
   * the user did not ask about and report sizes of things that are not theirs.
   */
  private static boolean readable(LintContext context, Template template, Path path) {
    Path real;
    try {
      real = path.toAbsolutePath().normalize().toRealPath();
    } catch (java.io.IOException | RuntimeException e) {
      return false; // does not exist, or cannot be read
    }
    List<Path> roots = new ArrayList<>(context.scanRoots());
    Path directory = template.directory().toAbsolutePath().normalize();
    ProjectLayout.repositoryRoot(directory).ifPresent(roots::add);
    if (context.scanRoots().isEmpty()) roots.add(directory);
    for (Path root : roots) {
      try {
        if (real.startsWith(root.toRealPath())) return true;
      } catch (java.io.IOException | RuntimeException e) {
        // a root that is gone admits nothing
      }
    }
    return false;
  }

  /** Layers of this template with local content, measured unzipped. */
  private static List<Measured> localLayers(Function function, LintContext context) {
    Template template = function.template();
    List<Measured> result = new ArrayList<>();
    for (Layer layer : function.templateLayers()) {
      CodeLocation content = layer.content();
      if (content.kind() != CodeLocation.Kind.LOCAL) continue;
      content.localPath()
          .filter(path -> readable(context, template, path))
          .flatMap(path -> measure(context, path))
          .ifPresent(result::add);
    }
    return result;
  }

  /** The artifact as the template names it; {@code CodeUri: .} is the template's own folder, not a blank. */
  static String shown(Path templateDir, Path artifact) {
    Path abs = artifact.toAbsolutePath().normalize();
    Path dir = templateDir.toAbsolutePath().normalize();
    if (abs.equals(dir)) return "(the template's folder)";
    return (abs.startsWith(dir) ? dir.relativize(abs).toString() : abs.toString()).replace('\\', '/');
  }
}
