package dev.lambdalint.core.cdk;

import dev.lambdalint.core.cdk.CdkSource.CdkConstruct;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Horizon;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.RelatedLocation;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.template.Dialect;
import dev.lambdalint.core.template.ListNode;
import dev.lambdalint.core.template.MapNode;
import dev.lambdalint.core.template.Node;
import dev.lambdalint.core.template.Resource;
import dev.lambdalint.core.template.Template;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves findings on a synthesized CDK template ({@code cdk.out/SearchStack.template.json}) to the
 * CDK Java source that made the resource at fault, keeping the template line as a related
 * location: nobody edits {@code cdk.out}, nor can suppress a finding there.
 *
 * <p>A resource's {@code aws:cdk:path} ({@code SearchStack/Api/Handler/Resource}) is followed
 * through the constructs the scanned CDK sources create: the stack's id to the class a
 * {@code new SearchStack(app, "SearchStack")} creates (else the one class extending {@code Stack}
 * whose constructs match), then from class to class through user construct classes ({@code new
 * SearchApi(this, "Api")}), down to the resource the source's own template holds under the same
 * path; within it, to the node of the same property path, else the nearest node above it. A path
 * that leaves the modelled resources stops at the last construct the user created (the
 * {@code LambdaRestApi} for the permission it makes). A finding whose resource maps to nothing stays
 * on the template.
 *
 * <p>When the source was read too, the same problem is found twice: the source's own finding of
 * the same rule on the same line is kept, with the template's line as a related location.
 */
public final class CdkOutMapping {
  private final Map<SourceFile, Template> synthesizedByFile = new HashMap<>();
  private final List<Template> sources = new ArrayList<>();
  private final Map<String, List<Template>> sourcesByClass = new HashMap<>();
  /** Construct paths already followed: a template's findings share a few resources. */
  private final Map<String, Optional<Place>> places = new HashMap<>();

  private CdkOutMapping(List<Template> templates) {
    for (Template t : templates) {
      Optional<CdkSource> source = t.cdkSource();
      if (source.isPresent()) {
        sources.add(t);
        sourcesByClass.computeIfAbsent(source.get().simpleClassName(), k -> new ArrayList<>()).add(t);
        sourcesByClass.computeIfAbsent(source.get().className(), k -> new ArrayList<>()).add(t);
      } else if (t.dialect() == Dialect.CDK) { // a synth's template: its resources carry aws:cdk:path
        synthesizedByFile.put(t.file(), t);
      }
    }
  }

  /** The mapping for a run's templates: CDK sources and synthesized templates among them. */
  public static CdkOutMapping of(List<Template> templates) {
    return new CdkOutMapping(templates);
  }

  /**
   * The mapping for one batch of a larger run: {@code horizon} hears of the app folder each
   * synthesized template's paths are followed in (its CDK sources may lie in another batch).
   */
  public static CdkOutMapping of(List<Template> templates, Horizon horizon) {
    CdkOutMapping mapping = new CdkOutMapping(templates);
    for (Template t : mapping.synthesizedByFile.values()) {
      Path file = t.file().absolutePath();
      Optional<Path> app = CdkApps.sourcesOf(file);
      app.ifPresent(horizon::folderLookup);
      boolean inApp = app.isPresent() && mapping.sources.stream().anyMatch(s -> s.file().absolutePath().startsWith(app.get()));
      // Without a source in its app, every source of the run is looked through: another batch's too.
      if (!inApp && file.getRoot() != null) horizon.folderLookup(file.getRoot());
    }
    return mapping;
  }

  /** Whether any finding could move: a synthesized template and a CDK source were both read. */
  public boolean isEmpty() {
    return synthesizedByFile.isEmpty() || sources.isEmpty();
  }

  /**
   * Whether {@code template} is a synthesized template whose resources lead to a CDK source the run
   * read: what it holds is then shown on the source (a drawing of the system draws it once, from there).
   */
  public boolean isMapped(Template template) {
    if (isEmpty() || !synthesizedByFile.containsKey(template.file())) return false;
    for (Resource r : template.resources()) {
      if (r.cdkPath().flatMap(p -> place(template, p)).isPresent()) return true;
    }
    return false;
  }

  /**
   * The findings with those on synthesized templates moved to the CDK source, where it was read.
   * A problem the source found itself is kept as the source found it, with the template's line
   * added as a related location: reported once, and reported when only {@code cdk.out} was asked
   * for and the source was read for context. Not thread-safe: called once per run.
   */
  public List<Finding> apply(Collection<Finding> findings) {
    if (isEmpty()) return List.copyOf(findings);
    // In the one order every output uses, so which finding is kept, and its related places, do not
    // depend on which thread found what first.
    List<Finding> ordered = new ArrayList<>(findings);
    ordered.sort(Finding.ORDER);
    Map<String, Integer> foundOnSource = new HashMap<>();
    List<Finding> moved = new ArrayList<>();
    List<Finding> result = new ArrayList<>(findings.size());
    for (Finding f : ordered) {
      Optional<Finding> m = move(f);
      if (m.isPresent()) {
        moved.add(m.get());
      } else {
        foundOnSource.putIfAbsent(sameProblem(f), result.size());
        result.add(f);
      }
    }
    for (Finding f : moved) {
      Integer index = foundOnSource.get(sameProblem(f));
      if (index == null) {
        foundOnSource.put(sameProblem(f), result.size());
        result.add(f);
      } else {
        Finding kept = result.get(index);
        List<RelatedLocation> related = new ArrayList<>(kept.related());
        for (RelatedLocation r : f.related()) {
          if (!related.contains(r)) related.add(r);
        }
        result.set(index, kept.movedTo(kept.location(), kept.message(), related));
      }
    }
    return result;
  }

  /** One problem, however found: the rule and the line it starts on. */
  private static String sameProblem(Finding f) {
    return f.ruleId() + "\u0000" + f.file().absolutePath() + "\u0000" + f.range().startLine();
  }

  /** The finding moved to the CDK source, when it is on a synthesized template's resource that maps there. */
  Optional<Finding> move(Finding finding) {
    Template synthesized = synthesizedByFile.get(finding.file());
    String logicalId = finding.location().logicalId();
    if (synthesized == null || logicalId == null) return Optional.empty();
    Optional<Resource> resource = synthesized.resource(logicalId);
    Optional<String> path = resource.flatMap(Resource::cdkPath);
    if (path.isEmpty()) return Optional.empty();
    Optional<Place> place = place(synthesized, path.get());
    if (place.isEmpty()) return Optional.empty();

    String logicalPath = finding.location().logicalPath();
    String within = logicalPath == null || logicalPath.length() <= ("Resources/" + logicalId).length()
        ? "" : logicalPath.substring(("Resources/" + logicalId + "/").length());
    Location target = place.get().locate(within);
    String message = renamed(finding.message(), synthesized);
    List<RelatedLocation> related = new ArrayList<>(finding.related());
    related.add(0, new RelatedLocation(finding.location(),
        "synthesized as " + (logicalPath == null ? "Resources/" + logicalId : logicalPath)));
    return Optional.of(finding.movedTo(target, message, related));
  }

  /**
   * {@code message} with the synthesized logical ids it names ({@code SearchFunction1A2B3C4D}) in
   * the source's spelling ({@code SearchFunction}), where they map to a resource of the source.
   */
  private String renamed(String message, Template synthesized) {
    List<Resource> named = new ArrayList<>();
    for (Resource r : synthesized.resources()) {
      if (message.contains(r.logicalId())) named.add(r);
    }
    named.sort((a, b) -> Integer.compare(b.logicalId().length(), a.logicalId().length()));
    String result = message;
    for (Resource r : named) {
      Optional<Place> place = r.cdkPath().flatMap(p -> place(synthesized, p)).filter(Place::exact);
      if (place.isPresent()) result = result.replace(r.logicalId(), place.get().resource().logicalId());
    }
    return result;
  }

  /**
   * Where a construct path leads in the sources: a resource of a source's template ({@code exact}
   * when it has the same construct path, else the resource of the construct it lies under), or,
   * when none is modelled, a construct's creation.
   */
  private record Place(Resource resource, boolean exact, CdkConstruct construct) {
    /** The node at {@code propertyPath} under an exact resource (or the nearest above it); the construct's creation otherwise. */
    Location locate(String propertyPath) {
      if (resource == null) return construct.location();
      if (!exact) return resource.keyNode().location();
      Node node = resource.node();
      Node deepest = null;
      if (!propertyPath.isEmpty()) {
        for (String segment : propertyPath.split("/")) {
          Optional<Node> child = child(node, segment);
          if (child.isEmpty()) break;
          node = child.get();
          deepest = node;
        }
      }
      // The resource as a whole, or only its Properties: where the construct is created.
      if (deepest == null || deepest.path().endsWith("/Properties")) return resource.keyNode().location();
      return deepest.location();
    }

    private static Optional<Node> child(Node node, String segment) {
      if (node instanceof MapNode map) return map.get(segment);
      if (node instanceof ListNode list && segment.chars().allMatch(Character::isDigit) && segment.length() < 6) {
        int index = Integer.parseInt(segment);
        return index < list.items().size() ? Optional.of(list.items().get(index)) : Optional.empty();
      }
      return Optional.empty();
    }
  }

  /**
   * Whether a construct path of the source ({@code Worker/SqsEventSource:Jobs/Resource}) is the
   * synthesized one: segment by segment the same, but for the id CDK derives from another
   * construct's path ({@code SqsEventSource:BatchStackJobs9D40F634}: its path's ids run together, then
   * eight hex digits of a hash of it), which the source, not knowing the stack's id, writes as
   * that construct's own id.
   */
  static boolean samePath(String sourcePath, List<String> synthesized) {
    String[] segments = sourcePath.split("/");
    if (segments.length != synthesized.size()) return false;
    for (int i = 0; i < segments.length; i++) {
      String ours = segments[i];
      String theirs = synthesized.get(i);
      if (ours.equals(theirs)) continue;
      int colon = ours.indexOf(':');
      if (colon < 0 || !theirs.startsWith(ours.substring(0, colon + 1))) return false;
      String derived = theirs.substring(colon + 1);
      String id = ours.substring(colon + 1).replaceAll("[^A-Za-z0-9]", "");
      if (id.isEmpty() || !derived.matches("[A-Za-z0-9]*" + java.util.regex.Pattern.quote(id) + "[0-9A-F]{8}")) return false;
    }
    return true;
  }

  /** Where {@code cdkPath} ({@code Stack/Api/Handler/Resource}) leads in the scanned sources. */
  private Optional<Place> place(Template synthesized, String cdkPath) {
    Optional<Path> app = CdkApps.sourcesOf(synthesized.file().absolutePath());
    String key = app.map(Path::toString).orElse("") + "\u0000" + cdkPath;
    Optional<Place> known = places.get(key);
    if (known == null) {
      known = follow(app, cdkPath);
      places.put(key, known);
    }
    return known;
  }

  /**
   * Follows {@code cdkPath} in the sources of the app whose cloud assembly holds the template (two
   * apps of a repository may both have a {@code SearchStack}); in every source when none of them
   * lies in that app's folder.
   */
  private Optional<Place> follow(Optional<Path> app, String cdkPath) {
    List<String> segments = List.of(cdkPath.split("/"));
    if (segments.size() < 2) return Optional.empty();
    List<Template> inApp = app.map(a -> sources.stream().filter(t -> t.file().absolutePath().startsWith(a)).toList())
        .orElse(List.of());
    List<Template> scope = inApp.isEmpty() ? sources : inApp;
    for (Template stack : stackClasses(segments.get(0), scope)) {
      Optional<Place> found = within(stack, segments.subList(1, segments.size()), 0, scope);
      if (found.isPresent()) return found;
    }
    return Optional.empty();
  }

  /**
   * The classes a stack id may name: those some source creates with that id, else every source
   * class extending a stack, so a stack created where the run did not read is still found.
   */
  private List<Template> stackClasses(String stackId, List<Template> scope) {
    List<Template> created = new ArrayList<>();
    for (Template t : scope) {
      for (CdkConstruct c : t.cdkSource().orElseThrow().constructsWithId(stackId)) {
        for (Template cls : classesNamed(c, scope)) {
          if (!created.contains(cls)) created.add(cls);
        }
      }
    }
    if (!created.isEmpty()) return created;
    return scope.stream().filter(t -> t.cdkSource().orElseThrow().superclassName().endsWith("Stack")).toList();
  }

  /** The source classes a construct creates, among {@code scope}: by qualified name, else by simple name. */
  private List<Template> classesNamed(CdkConstruct construct, List<Template> scope) {
    List<Template> byQualified = sourcesByClass.getOrDefault(construct.qualifiedTypeName(), List.of());
    List<Template> named = byQualified.isEmpty() ? sourcesByClass.getOrDefault(construct.typeName(), List.of()) : byQualified;
    return named.stream().filter(scope::contains).toList();
  }

  /** Follows {@code rest} of a construct path inside the class {@code source} holds. */
  private Optional<Place> within(Template source, List<String> rest, int depth, List<Template> scope) {
    if (rest.isEmpty() || depth > 16) return Optional.empty();
    // The longest matching path: SqsEventSource:OtherJobs over SqsEventSource:Jobs for …OtherJobs1A2B3C4D.
    Resource exact = null;
    for (Resource r : source.resources()) {
      Optional<String> p = r.cdkPath().filter(path -> samePath(path, rest));
      if (p.isPresent() && (exact == null || p.get().length() > exact.cdkPath().orElseThrow().length())) exact = r;
    }
    if (exact != null) return Optional.of(new Place(exact, true, null));
    List<CdkConstruct> named = source.cdkSource().orElseThrow().constructsWithId(rest.get(0));
    for (CdkConstruct c : named) {
      if (!c.scopedToThis()) continue;
      for (Template cls : classesNamed(c, scope)) {
        if (cls == source) continue;
        Optional<Place> deeper = within(cls, rest.subList(1, rest.size()), depth + 1, scope);
        if (deeper.isPresent()) return deeper;
      }
    }
    // Below a construct the source models (a library resource under it): the resource for it.
    for (CdkConstruct c : named) {
      if (!c.scopedToThis()) continue;
      Optional<Resource> modelled = c.logicalId().flatMap(source::resource);
      if (modelled.isPresent()) return Optional.of(new Place(modelled.get(), false, null));
    }
    return named.stream().filter(CdkConstruct::scopedToThis).findFirst().map(c -> new Place(null, false, c));
  }
}
