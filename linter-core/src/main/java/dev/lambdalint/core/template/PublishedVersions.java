package dev.lambdalint.core.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which published versions of a function the template has, and whether its triggers call one of
 * them or the unpublished {@code $LATEST}: what SnapStart needs, since "you can use SnapStart only on
 * published function versions and aliases that point to versions"
 * (https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html).
 *
 * <ul>
 *   <li>SAM {@code AutoPublishAlias} (own or {@code Globals}) publishes a version and an alias and
 *       points the function's SAM events at the alias;
 *   <li>{@code AWS::Lambda::Version} / {@code AWS::Lambda::Alias} resources whose {@code FunctionName}
 *       names the function (an alias also by its {@code FunctionVersion} naming such a version);
 *   <li>a resource that names one of those versions or aliases — an event source mapping, a
 *       permission, a rule target, an IAM policy — or that names the function with a qualifier
 *       ({@code !Sub ${Fn.Arn}:live}, {@code !Join ['', [!GetAtt Fn.Arn, ':live']]}, {@code !Join [':', [!GetAtt Fn.Arn, live]]}, an
 *       {@code AWS::Lambda::Url} with {@code Qualifier}) calls a published version;
 *   <li>every other trigger of {@link Function#events()} names the function itself: {@code $LATEST}.
 * </ul>
 */
public final class PublishedVersions {
  private static final Set<String> VERSION_TYPES = Set.of("AWS::Lambda::Version", "AWS::Lambda::Alias");

  private final Function function;
  private final List<Resource> versions = new ArrayList<>();
  private final List<Resource> aliases = new ArrayList<>();
  private final List<Resource> qualifiedCallers = new ArrayList<>();
  private final List<EventSource> latestTriggers = new ArrayList<>();

  private PublishedVersions(Function function) {
    this.function = function;
    Template t = function.template();
    String id = function.logicalId();
    for (Resource r : t.resourcesMentioning(id)) {
      if (r.isType("AWS::Lambda::Version") && names(t, r.properties().get("FunctionName"), id)) versions.add(r);
    }
    for (Resource r : t.resourcesMentioning(id)) {
      if (r.isType("AWS::Lambda::Alias") && names(t, r.properties().get("FunctionName"), id)) aliases.add(r);
    }
    for (Resource v : versions) {
      for (Resource r : t.resourcesMentioning(v.logicalId())) {
        if (r.isType("AWS::Lambda::Alias") && !aliases.contains(r)) aliases.add(r);
      }
    }
    List<Resource> published = new ArrayList<>(versions);
    published.addAll(aliases);
    for (Resource p : published) {
      for (Resource r : t.resourcesMentioning(p.logicalId())) {
        if (!r.isType(VERSION_TYPES.toArray(String[]::new)) && !qualifiedCallers.contains(r)) qualifiedCallers.add(r);
      }
    }
    for (Resource r : t.resourcesMentioning(id)) {
      if (!qualifiedCallers.contains(r) && !r.isType(VERSION_TYPES.toArray(String[]::new)) && namesQualified(t, r, id)) {
        qualifiedCallers.add(r);
      }
    }
    boolean samAlias = publishesSamAlias();
    for (EventSource source : function.events()) {
      if (samAlias && (source.isSamEvent() || source.sourceResource().isEmpty() && source.kind() == EventKind.FUNCTION_URL)) continue;
      if (source.declaredAs() == EventSource.DeclaredAs.RESOURCE_REFERENCE
          && source.sourceResource().map(qualifiedCallers::contains).orElse(false)) continue;
      if (source.anchor() instanceof ScalarNode key && t.resource(key.text()).map(qualifiedCallers::contains).orElse(false)) continue;
      latestTriggers.add(source);
    }
  }

  static PublishedVersions of(Function function) {
    return new PublishedVersions(function);
  }

  /**
   * Whether SAM publishes a version and alias for the function: {@code AutoPublishAlias} set (own or
   * {@code Globals}) to anything but nothing ({@code !Ref AWS::NoValue}); one that cannot be known
   * counts as set.
   */
  public boolean publishesSamAlias() {
    return function.isSam() && function.properties().get("AutoPublishAlias")
        .map(v -> !function.template().evaluate(v).isAbsent()).orElse(false);
  }

  /** The {@code AWS::Lambda::Version} resources of the function, in document order. */
  public List<Resource> versions() {
    return List.copyOf(versions);
  }

  /** The {@code AWS::Lambda::Alias} resources of the function (or of one of its versions), in document order. */
  public List<Resource> aliases() {
    return List.copyOf(aliases);
  }

  /** Whether the template publishes any version of the function (SAM alias, version or alias resources). */
  public boolean publishesAny() {
    return publishesSamAlias() || !versions.isEmpty() || !aliases.isEmpty();
  }

  /** Resources that name a published version or alias of the function, or the function with a qualifier. */
  public List<Resource> qualifiedCallers() {
    return List.copyOf(qualifiedCallers);
  }

  /** The triggers of {@link Function#events()} that name the function itself, so invoke {@code $LATEST}. */
  public List<EventSource> latestTriggers() {
    return List.copyOf(latestTriggers);
  }

  /** Whether something in the template calls a published version: SAM's alias'd events, or a {@link #qualifiedCallers()}. */
  public boolean anyQualifiedCaller() {
    return !qualifiedCallers.isEmpty()
        || publishesSamAlias() && function.events().stream().anyMatch(s -> s.isSamEvent() || s.kind() == EventKind.FUNCTION_URL);
  }

  private static boolean names(Template t, Optional<Node> value, String id) {
    return value.flatMap(t::referencedResource).map(r -> r.logicalId().equals(id)).orElse(false);
  }

  /**
   * Whether {@code r} names the function with a qualifier: {@code ${Fn}:…} / {@code ${Fn.Arn}:…} in a
   * {@code Fn::Sub}, a {@code Fn::Join} whose part after a reference to the function starts with
   * {@code :}, or an {@code AWS::Lambda::Url} / {@code AWS::Lambda::Permission} with {@code Qualifier}.
   */
  private static boolean namesQualified(Template t, Resource r, String id) {
    if (r.isType("AWS::Lambda::Url", "AWS::Lambda::Permission") && r.properties().has("Qualifier")) return true;
    return qualified(t, r.node(), id);
  }

  private static boolean qualified(Template t, Node node, String id) {
    if (node instanceof MapNode m) {
      Value value = m.typed();
      if (value instanceof Sub sub && sub.text().map(text -> qualifiedSub(id).matcher(text).find()).orElse(false)) return true;
      if (value instanceof Value.Join join && join.list() instanceof Value.ListValue parts) {
        List<Value> items = parts.items();
        boolean colon = join.delimiter() != null && join.delimiter().literal().map(":"::equals).orElse(false);
        for (int i = 0; i + 1 < items.size(); i++) {
          boolean isFunction = t.referencedResource(items.get(i)).map(res -> res.logicalId().equals(id)).orElse(false);
          if (isFunction && (colon || items.get(i + 1).literal().map(s -> s.startsWith(":")).orElse(false))) return true;
        }
      }
      for (MapNode.Entry e : m.entries()) if (qualified(t, e.value(), id)) return true;
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) if (qualified(t, item, id)) return true;
    }
    return false;
  }

  private static Pattern qualifiedSub(String id) {
    return Pattern.compile("\\$\\{" + Pattern.quote(id) + "(\\.Arn)?}:[^/\\s]");
  }
}
