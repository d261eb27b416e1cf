package dev.lambdalint.core.maven;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A {@code pom.xml} a run read (at most {@link #MAX_BYTES}): the dependencies it declares (the
 * project's and its profiles', not {@code dependencyManagement} or plugin dependencies), each with
 * where its {@code <dependency>} start tag is. Parsed with StAX, external entities and DTDs off,
 * once, on first use; a broken pom declares nothing (it is Maven's to report). Thread-safe.
 */
public final class MavenPom {

  /** One declared dependency. */
  public record Dependency(String groupId, String artifactId, TextRange range) {
    /** {@code groupId:artifactId}. */
    public String coordinates() {
      return groupId + ":" + artifactId;
    }
  }

  /** A real pom is a few kilobytes; a larger file (or a device in its place) is not read at all. */
  public static final long MAX_BYTES = 8L * 1024 * 1024;

  private final SourceFile file;
  private final String text;
  private volatile List<Dependency> dependencies;

  public MavenPom(SourceFile file, String text) {
    this.file = file;
    this.text = text;
  }

  public SourceFile file() {
    return file;
  }

  /** Its lines, for the run's cost estimate. */
  public long lineCount() {
    return text.lines().count();
  }

  /**
   * The declared dependencies whose artifactId is one of {@code artifactIds}. A pom whose text
   * names none of them, and escapes no character that could spell one, is not parsed: most poms,
   * and the XML parser's first use costs a short run more than the rest of a rule.
   */
  public List<Dependency> dependencies(Set<String> artifactIds) {
    if (dependencies == null && text.indexOf('&') < 0 && artifactIds.stream().noneMatch(text::contains)) {
      return List.of();
    }
    return dependencies().stream().filter(d -> artifactIds.contains(d.artifactId())).toList();
  }

  /** Every declared dependency, in document order. */
  public List<Dependency> dependencies() {
    List<Dependency> result = dependencies;
    if (result == null) {
      try {
        result = parse(text);
      } catch (XMLStreamException | RuntimeException e) {
        result = List.of(); // a broken pom is Maven's to report
      }
      dependencies = result;
    }
    return result;
  }

  static List<Dependency> parse(String text) throws XMLStreamException {
    // The JDK's own StAX, not a service lookup per pom (which another StAX on the class path could win).
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    String[] lines = null; // split only for a pom with dependencies
    XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(text));
    List<Dependency> result = new ArrayList<>();
    Deque<String> path = new ArrayDeque<>();
    String group = null;
    String artifact = null;
    int startLine = 0;
    int startColumn = 0;
    StringBuilder value = new StringBuilder();
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          path.addLast(xml.getLocalName());
          value.setLength(0);
          if (isDependency(path)) {
            group = null;
            artifact = null;
            startLine = xml.getLocation().getLineNumber();
            if (lines == null) lines = text.split("\r\n|\r|\n", -1);
            startColumn = columnOfTag(lines, startLine, xml.getLocation().getColumnNumber());
          }
        } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
          value.append(xml.getText());
        } else if (event == XMLStreamReader.END_ELEMENT) {
          if (path.size() > 1 && isDependency(parentOf(path))) {
            String name = path.peekLast();
            if ("groupId".equals(name)) group = value.toString().strip();
            if ("artifactId".equals(name)) artifact = value.toString().strip();
          }
          if (isDependency(path) && group != null && artifact != null) {
            result.add(new Dependency(group, artifact, new TextRange(startLine, startColumn, startLine,
                startColumn + "<dependency>".length())));
          }
          path.removeLast();
          value.setLength(0);
        }
      }
    } finally {
      xml.close();
    }
    return List.copyOf(result);
  }

  /** project/dependencies/dependency or project/profiles/profile/dependencies/dependency. */
  private static boolean isDependency(Deque<String> path) {
    List<String> p = List.copyOf(path);
    return p.equals(List.of("project", "dependencies", "dependency"))
        || p.equals(List.of("project", "profiles", "profile", "dependencies", "dependency"));
  }

  private static Deque<String> parentOf(Deque<String> path) {
    Deque<String> parent = new ArrayDeque<>(path);
    parent.removeLast();
    return parent;
  }

  /** StAX gives where the start tag ends; the finding starts at its {@code <}. */
  private static int columnOfTag(String[] lines, int line, int endColumn) {
    if (line < 1 || line > lines.length) return 1;
    String text = lines[line - 1];
    int limit = Math.max(0, Math.min(text.length(), endColumn - 1));
    int at = text.lastIndexOf("<dependency", limit);
    if (at < 0) at = text.indexOf("<dependency");
    return at < 0 ? 1 : at + 1;
  }

  private volatile PomBuild build;

  /**
   * What it says about its build as written: coordinates, {@code <parent>}, plugins and their
   * {@code aspectLibraries} ({@link PomBuild}); parsed once, on first use.
   */
  public PomBuild build() {
    PomBuild result = build;
    if (result == null) {
      result = PomBuild.parse(text);
      build = result;
    }
    return result;
  }
}
