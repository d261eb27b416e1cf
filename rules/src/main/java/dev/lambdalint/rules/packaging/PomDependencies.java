package dev.lambdalint.rules.packaging;

import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.parse.BoundedFiles;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The dependencies a {@code pom.xml} declares (the project's and its profiles', not
 * {@code dependencyManagement} or plugin dependencies), each with where its {@code <dependency>}
 * start tag is. Read with StAX, external entities and DTDs off.
 */
final class PomDependencies {

  /** One declared dependency. */
  record Dependency(String groupId, String artifactId, TextRange range) {
    String coordinates() {
      return groupId + ":" + artifactId;
    }
  }

  static final long MAX_POM_BYTES = 8L * 1024 * 1024;

  private PomDependencies() {}

  /**
   * The dependencies of {@code pom} whose artifactId is one of {@code artifactIds}. A pom whose text
   * names none of them, and escapes no character that could spell one, is not parsed: most poms,
   * and the XML parser's first use costs a short run more than the rest of the rule.
   */
  static List<Dependency> read(Path pom, Set<String> artifactIds) {
    // A real pom is a few kilobytes; a huge one (or a device in its place) is not read at all.
    Optional<String> read = BoundedFiles.readIfWithin(pom, MAX_POM_BYTES);
    if (read.isEmpty()) return List.of();
    String text = read.get();
    if (text.indexOf('&') < 0 && artifactIds.stream().noneMatch(text::contains)) return List.of();
    try {
      return parse(text).stream().filter(d -> artifactIds.contains(d.artifactId())).toList();
    } catch (XMLStreamException | RuntimeException e) {
      return List.of(); // a broken pom is Maven's to report
    }
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
    return result;
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
}
