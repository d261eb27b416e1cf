package dev.lambdalint.core.maven;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * What a {@code pom.xml} says about its build, as written (no inheritance, no interpolation): its
 * own coordinates, its {@code <parent>}, and its build plugins — those that run ({@code
 * build/plugins}, also in profiles) and those only configured ({@code build/pluginManagement}) —
 * each with the {@code aspectLibraries} of its configuration and of its executions' configurations.
 * Parsed with external entities and DTDs off; a pom that does not parse has no build ({@link
 * #EMPTY}).
 */
public record PomBuild(
    String groupId, String artifactId, Optional<Parent> parent, List<Plugin> plugins, List<Plugin> pluginManagement) {

  /** A pom that says nothing about its build. */
  public static final PomBuild EMPTY = new PomBuild("", "", Optional.empty(), List.of(), List.of());

  /**
   * The {@code <parent>}: {@code relativePath} is Maven's default {@code ../pom.xml} when the
   * element is absent, and empty when written empty ({@code <relativePath/>}: looked up in
   * repositories only).
   */
  public record Parent(String groupId, String artifactId, String relativePath) {}

  /** One aspect library: {@code <aspectLibrary><groupId>…<artifactId>…}, as written. */
  public record AspectLibrary(String groupId, String artifactId) {}

  /** A build plugin and the aspect libraries its configuration names. */
  public record Plugin(String groupId, String artifactId, List<AspectLibrary> aspectLibraries) {
    /** {@code groupId:artifactId}; Maven's default plugin group when none is written. */
    public String coordinates() {
      return (groupId.isEmpty() ? "org.apache.maven.plugins" : groupId) + ":" + artifactId;
    }
  }

  static PomBuild parse(String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      factory.setXIncludeAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      Document document = builder.parse(new InputSource(new StringReader(text)));
      Element project = document.getDocumentElement();
      if (project == null || !"project".equals(name(project))) return EMPTY;
      Optional<Parent> parent = child(project, "parent").map(p -> new Parent(
          childText(p, "groupId"), childText(p, "artifactId"),
          child(p, "relativePath").map(r -> r.getTextContent().strip()).orElse("../pom.xml")));
      String groupId = childText(project, "groupId");
      if (groupId.isEmpty()) groupId = parent.map(Parent::groupId).orElse("");
      List<Plugin> plugins = new ArrayList<>();
      List<Plugin> managed = new ArrayList<>();
      List<Element> builds = new ArrayList<>();
      child(project, "build").ifPresent(builds::add);
      child(project, "profiles").ifPresent(profiles -> {
        for (Element profile : children(profiles, "profile")) child(profile, "build").ifPresent(builds::add);
      });
      for (Element build : builds) {
        child(build, "plugins").ifPresent(p -> plugins.addAll(plugins(p)));
        child(build, "pluginManagement").flatMap(m -> child(m, "plugins")).ifPresent(p -> managed.addAll(plugins(p)));
      }
      return new PomBuild(groupId, childText(project, "artifactId"), parent, List.copyOf(plugins), List.copyOf(managed));
    } catch (Exception | StackOverflowError e) {
      return EMPTY; // a broken pom is Maven's to report
    }
  }

  private static List<Plugin> plugins(Element plugins) {
    List<Plugin> result = new ArrayList<>();
    for (Element plugin : children(plugins, "plugin")) {
      List<AspectLibrary> libraries = new ArrayList<>();
      child(plugin, "configuration").ifPresent(c -> libraries.addAll(aspectLibraries(c)));
      child(plugin, "executions").ifPresent(executions -> {
        for (Element execution : children(executions, "execution")) {
          child(execution, "configuration").ifPresent(c -> libraries.addAll(aspectLibraries(c)));
        }
      });
      result.add(new Plugin(childText(plugin, "groupId"), childText(plugin, "artifactId"), List.copyOf(libraries)));
    }
    return result;
  }

  private static List<AspectLibrary> aspectLibraries(Element configuration) {
    List<AspectLibrary> result = new ArrayList<>();
    child(configuration, "aspectLibraries").ifPresent(libraries -> {
      for (Element library : children(libraries, "aspectLibrary")) {
        result.add(new AspectLibrary(childText(library, "groupId"), childText(library, "artifactId")));
      }
    });
    return result;
  }

  private static String name(Node node) {
    return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> result = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(name(e))) result.add(e);
    }
    return result;
  }

  private static Optional<Element> child(Element parent, String name) {
    List<Element> all = children(parent, name);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private static String childText(Element parent, String name) {
    return child(parent, name).map(e -> e.getTextContent().strip()).orElse("");
  }
}
