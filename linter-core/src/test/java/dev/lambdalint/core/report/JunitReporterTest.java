package dev.lambdalint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.suppress.Suppressed;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** JUnit XML read back with the JDK's DOM parser, as CI servers read it. */
class JunitReporterTest {

  static String render(Report report) throws Exception {
    StringWriter out = new StringWriter();
    Reporters.forFormat("junit").write(report, out);
    return out.toString();
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) found.add(e);
    }
    return found;
  }

  /** Every count attribute agrees with the elements under it; testcase names are unique per suite. */
  static void assertCountsAgree(Document doc) {
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    int tests = 0;
    int failures = 0;
    int skipped = 0;
    for (Element suite : children(root, "testsuite")) {
      List<Element> cases = children(suite, "testcase");
      long failing = cases.stream().filter(c -> !children(c, "failure").isEmpty()).count();
      long skipping = cases.stream().filter(c -> !children(c, "skipped").isEmpty()).count();
      assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(cases.size()));
      assertThat(suite.getAttribute("failures")).isEqualTo(Long.toString(failing));
      assertThat(suite.getAttribute("skipped")).isEqualTo(Long.toString(skipping));
      assertThat(suite.getAttribute("errors")).isEqualTo("0");
      Set<String> names = new HashSet<>();
      for (Element c : cases) {
        assertThat(names.add(c.getAttribute("classname") + "#" + c.getAttribute("name"))).as(c.getAttribute("name")).isTrue();
        assertThat(children(c, "failure").isEmpty() || children(c, "skipped").isEmpty()).isTrue();
      }
      tests += cases.size();
      failures += (int) failing;
      skipped += (int) skipping;
    }
    assertThat(root.getAttribute("tests")).isEqualTo(Integer.toString(tests));
    assertThat(root.getAttribute("failures")).isEqualTo(Integer.toString(failures));
    assertThat(root.getAttribute("skipped")).isEqualTo(Integer.toString(skipped));
  }

  static void assertSchemaValid(String xml) throws Exception {
    URL xsd = JunitReporterTest.class.getResource("junit-jenkins.xsd");
    assertThat(xsd).isNotNull();
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.newSchema(xsd).newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void oneSuitePerFileOneCasePerRuleAndPositionOneFailurePerFinding() throws Exception {
    String xml = render(SampleReports.twoFindings());
    Document doc = parse(xml);
    Element root = doc.getDocumentElement();
    assertThat(root.getAttribute("name")).isEqualTo("lambdalint");
    assertThat(root.getAttribute("tests")).isEqualTo("2");
    assertThat(root.getAttribute("failures")).isEqualTo("2");
    List<Element> suites = children(root, "testsuite");
    assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly("src/Handler.java", "template.yaml");

    Element javaCase = children(suites.get(0), "testcase").get(0);
    assertThat(javaCase.getAttribute("classname")).isEqualTo("src.Handler_java");
    assertThat(javaCase.getAttribute("name")).isEqualTo("LL101 client-in-handler at 12:5");
    assertThat(javaCase.getAttribute("file")).isEqualTo("src/Handler.java");
    Element failure = children(javaCase, "failure").get(0);
    assertThat(failure.getAttribute("type")).isEqualTo("LL101");
    assertThat(failure.getAttribute("message")).isEqualTo("S3Client is built on every invocation");
    assertThat(failure.getTextContent()).isEqualTo(
        "src/Handler.java:12:5: warning LL101 S3Client is built on every invocation (client-in-handler)\n"
            + "LL101 client-in-handler: An SDK client is built on every invocation."
            + " Run `lambdalint explain LL101` for why it matters and what to write instead.");

    Element templateCase = children(suites.get(1), "testcase").get(0);
    assertThat(templateCase.getAttribute("classname")).isEqualTo("template_yaml");
    assertThat(templateCase.getAttribute("name")).isEqualTo("LL303 wildcard-iam-action at 20:23 [Role]");
    assertThat(children(templateCase, "failure").get(0).getTextContent())
        .startsWith("template.yaml:20:23: error LL303 allows every action (wildcard-iam-action) [Role]\n");
    assertCountsAgree(doc);
    assertSchemaValid(xml);
  }

  @Test
  void aCleanRunIsOnePassingCaseSoJenkinsFindsATest() throws Exception {
    String xml = render(SampleReports.empty());
    Document doc = parse(xml);
    List<Element> suites = children(doc.getDocumentElement(), "testsuite");
    assertThat(suites).hasSize(1);
    assertThat(suites.get(0).getAttribute("name")).isEqualTo("lambdalint");
    List<Element> cases = children(suites.get(0), "testcase");
    assertThat(cases).hasSize(1);
    assertThat(cases.get(0).getAttribute("classname")).isEqualTo("lambdalint");
    assertThat(cases.get(0).getAttribute("name")).isEqualTo("no findings");
    assertThat(cases.get(0).hasChildNodes()).isFalse();
    assertThat(children(suites.get(0), "system-out").get(0).getTextContent())
        .isEqualTo("No findings in 2 templates and 0 Java files.");
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("1");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertCountsAgree(doc);
    assertSchemaValid(xml);
  }

  @Test
  void suppressedAndBaselinedFindingsAreSkippedCasesWithTheirReason() throws Exception {
    String xml = render(NewFormatsTest.withSuppressed());
    Document doc = parse(xml);
    List<Element> suites = children(doc.getDocumentElement(), "testsuite");
    assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly("src/Handler.java", "template.yaml");
    List<Element> javaCases = children(suites.get(0), "testcase");
    assertThat(javaCases).extracting(c -> c.getAttribute("name")).containsExactly(
        "LL101 client-in-handler at 12:5 (suppressed)", "LL101 client-in-handler at 30:5 (suppressed)");
    assertThat(children(javaCases.get(0), "skipped").get(0).getAttribute("message"))
        .isEqualTo("suppressed in source: one-off migration");
    assertThat(children(javaCases.get(1), "skipped").get(0).getAttribute("message"))
        .isEqualTo("baselined: accepted in baseline b.json");
    assertThat(children(javaCases.get(1), "skipped").get(0).getTextContent())
        .isEqualTo("src/Handler.java:30:5: warning LL101 DynamoDbClient is built on every invocation (client-in-handler)"
            + " (baselined: accepted in baseline b.json)");
    assertThat(suites.get(0).getAttribute("skipped")).isEqualTo("2");
    assertThat(suites.get(0).getAttribute("failures")).isEqualTo("0");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    assertCountsAgree(doc);
    assertSchemaValid(xml);

    // nothing that counts, only suppressed findings: the passing case is there too
    Report onlySuppressed = NewFormatsTest.withSuppressed().withFindings(List.of(), NewFormatsTest.withSuppressed().suppressed());
    Document quiet = parse(render(onlySuppressed));
    assertThat(children(quiet.getDocumentElement(), "testsuite")).extracting(s -> s.getAttribute("name"))
        .containsExactly("lambdalint", "src/Handler.java");
    assertCountsAgree(quiet);
  }

  @Test
  void twoFindingsOfOneRuleAtOnePositionAreOneCaseWithTwoFailures() throws Exception {
    Report two = SampleReports.twoFindings();
    Finding first = two.findings().get(0);
    Finding second = new Finding(first.rule(), Severity.WARNING, "another client", first.location(), "f9");
    Document doc = parse(render(two.withFindings(List.of(first, second, two.findings().get(1)), List.of())));
    Element suite = children(doc.getDocumentElement(), "testsuite").get(0);
    List<Element> cases = children(suite, "testcase");
    assertThat(cases).hasSize(1);
    assertThat(children(cases.get(0), "failure")).extracting(f -> f.getAttribute("message"))
        .containsExactly("S3Client is built on every invocation", "another client");
    assertThat(suite.getAttribute("tests")).isEqualTo("1");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertCountsAgree(doc);
  }

  @Test
  void notesPassWithTheirTextInSystemOutSoTheyDoNotFailTheBuild() throws Exception {
    String xml = render(SampleReports.withNotes());
    Document doc = parse(xml);
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("8");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    List<Element> templateCases = children(children(doc.getDocumentElement(), "testsuite").get(1), "testcase");
    assertThat(templateCases).extracting(c -> c.getAttribute("name")).containsExactly(
        "LL505 tracing-disabled at 5:3 [Fn]", "LL506 log-retention-unset at 5:3 [Fn]",
        "LL303 wildcard-iam-action at 20:23 [Role]",
        "LL505 tracing-disabled at 30:3 [Other]", "LL506 log-retention-unset at 30:3 [Other]",
        "LL506 log-retention-unset at 40:3 [Third]");
    Element note = templateCases.get(0);
    assertThat(children(note, "failure")).isEmpty();
    assertThat(children(note, "skipped")).isEmpty();
    assertThat(children(note, "system-out").get(0).getTextContent()).isEqualTo(
        "template.yaml:5:3: note LL505 tracing is off (tracing-disabled) [Fn]\n"
            + "LL505 tracing-disabled: A function does not trace its requests."
            + " Run `lambdalint explain LL505` for why it matters and what to write instead.");
    assertThat(children(templateCases.get(2), "failure")).hasSize(1);
    assertCountsAgree(doc);
    assertSchemaValid(xml);
  }

  @Test
  void aReportOfNotesOnlyHasNoFailedTest() throws Exception {
    Report withNotes = SampleReports.withNotes();
    List<Finding> notes = withNotes.findings().stream().filter(f -> f.severity() == Severity.NOTE).toList();
    Document doc = parse(render(withNotes.withFindings(notes, List.of())));
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("6");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
    assertThat(doc.getElementsByTagName("system-out").getLength()).isEqualTo(6);
    assertCountsAgree(doc);
  }

  @Test
  void pathsBecomeDottedClassNamesWithoutTakingExtensionsForClasses() {
    assertThat(JunitReporter.classname("src/main/java/com/x/Handler.java")).isEqualTo("src.main.java.com.x.Handler_java");
    assertThat(JunitReporter.classname("template.yaml")).isEqualTo("template_yaml");
    assertThat(JunitReporter.classname(".aws-sam/build/template.yaml")).isEqualTo("_aws-sam.build.template_yaml");
    assertThat(JunitReporter.classname("/abs/dir/t.json")).isEqualTo("abs.dir.t_json");
    assertThat(JunitReporter.classname("/")).isEqualTo("_");
  }

  // ---- any Java string gives well-formed XML 1.0 ----

  private static final String[] HOSTILE = {
    "]]>", "<![CDATA[", "]]]]><![CDATA[>", "&", "&amp;", "<", ">", "\"", "'", "<!--", "-->", "<?xml", "?>",
    "\r\n", "\r", "\n", "\t", "\u0000", "\u0001", "\u001B[31m", "\u007F", "\u0085", "\u2028", "\uFFFE", "\uFFFF",
    "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uD83D\uDE00", "\uDE00\uD83D", "&#0;", "&#x1;", "%", "\\u0000", " ", "::error::x"
  };

  private static String hostile(Random random) {
    StringBuilder sb = new StringBuilder();
    int parts = random.nextInt(8);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(4)) {
        case 0 -> sb.append(HOSTILE[random.nextInt(HOSTILE.length)]);
        case 1 -> sb.append((char) random.nextInt(0x10000)); // any UTF-16 code unit, lone surrogates too
        case 2 -> sb.appendCodePoint(0x10000 + random.nextInt(0x100000)); // a supplementary character
        default -> sb.append("ok");
      }
    }
    return sb.toString();
  }

  /** What a string looks like after a round trip: characters XML cannot hold as {@code \\uXXXX}. */
  private static String readable(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean lone = Character.charCount(cp) == 1 && Character.isSurrogate((char) cp);
      boolean allowed = !lone && (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000);
      if (allowed) sb.appendCodePoint(cp);
      else sb.append(String.format("\\u%04X", cp));
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  @Test
  void anyStringGivesWellFormedXmlThatReadsBackAsWritten() throws Exception {
    Random random = new Random(20261206L);
    for (int round = 0; round < 400; round++) {
      String path = "dir" + hostile(random) + "/F" + hostile(random) + ".java";
      String message = hostile(random);
      String logicalId = random.nextBoolean() ? null : hostile(random);
      String justification = hostile(random);
      SourceFile file = new SourceFile(SampleReports.ROOT.resolve("F.java"), path);
      Finding counted = new Finding(SampleReports.CLIENT, Severity.WARNING, message,
          new Location(file, TextRange.at(3, 7), null, logicalId), null);
      Finding hidden = new Finding(SampleReports.WILDCARD, Severity.ERROR, message,
          Location.of(file, TextRange.at(9, 1)), null);
      Report report = SampleReports.twoFindings().withFindings(List.of(counted),
          List.of(new Suppressed(hidden, Suppressed.Kind.IN_SOURCE, justification)));

      String xml = render(report);
      assertThat(xml.chars().allMatch(c -> c >= 0x20 && c < 0x7F || c == '\n' || c == '\t'))
          .as("round %d: printable ASCII only", round).isTrue();
      Document doc = parse(xml);
      assertCountsAgree(doc);
      List<Element> suites = children(doc.getDocumentElement(), "testsuite");
      Element suite = suites.stream().filter(s -> s.getAttribute("name").equals(readable(path))).findFirst().orElseThrow();
      List<Element> cases = children(suite, "testcase");
      assertThat(cases).hasSize(2);
      Element failure = children(cases.get(0), "failure").get(0);
      assertThat(failure.getAttribute("message")).as("round %d", round).isEqualTo(readable(message));
      assertThat(failure.getTextContent()).as("round %d", round)
          .startsWith(readable(path) + ":3:7: warning LL101 " + readable(message) + " (client-in-handler)");
      assertThat(cases.get(0).getAttribute("file")).isEqualTo(readable(path));
      assertThat(cases.get(0).getAttribute("name")).isEqualTo(
          readable("LL101 client-in-handler at 3:7" + (logicalId == null ? "" : " [" + logicalId + "]")));
      assertThat(children(cases.get(1), "skipped").get(0).getAttribute("message"))
          .isEqualTo(readable(justification.isEmpty() ? "suppressed in source" : "suppressed in source: " + justification));
    }
  }

  @Test
  void theEscapingKeepsEveryCharacterXmlCanHoldAndOnlyThose() {
    assertThat(JunitReporter.attribute("a\tb\nc\rd\"e<f>g&h")).isEqualTo("a&#9;b&#10;c&#13;d&quot;e&lt;f&gt;g&amp;h");
    assertThat(JunitReporter.text("a\tb\nc\rd\"]]>")).isEqualTo("a\tb\nc&#13;d\"]]&gt;");
    assertThat(JunitReporter.text("\u0000\uD800x\uFFFE")).isEqualTo("\\u0000\\uD800x\\uFFFE");
    assertThat(JunitReporter.text("\u00E9\uD83D\uDE00\u2192")).isEqualTo("&#xE9;&#x1F600;&#x2192;");
  }

  @Test
  void theSameReportGivesTheSameBytes() throws Exception {
    assertThat(render(SampleReports.withNotes())).isEqualTo(render(SampleReports.withNotes()));
    assertThat(render(NewFormatsTest.withSuppressed())).isEqualTo(render(NewFormatsTest.withSuppressed()));
  }
}
