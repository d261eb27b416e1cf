package dev.lambdalint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Half an emoji (a lone surrogate, as a careless cut of a message leaves it) in a message and a
  * logical id costs no report: every format writes a file through
 * {@link AtomicOutput} and writes to standard output (picocli's {@code PrintWriter} over
 * {@code System.out}) — both valid UTF-8, with the half character replaced.
 */
class LoneSurrogateTest {
  private static final String HALF_EMOJI = "\uD83D"; // the high half of U+1F600

  static List<String> formats() {
    return Reporters.formats();
  }

  private static Report report() {
    Path root = SampleReports.ROOT;
    SourceFile template = SourceFile.of(root.resolve("template.yaml"), root);
    Finding finding = new Finding(SampleReports.WILDCARD, Severity.ERROR,
        "secret (pw" + HALF_EMOJI + "****) and a low half \uDE00 alone",
        new Location(template, new TextRange(3, 5, 3, 9), "Resources/Fn" + HALF_EMOJI, "Fn" + HALF_EMOJI), "f1");
    return new Report(root, List.of(finding), List.of(SampleReports.WILDCARD), 1, 0, "1.2.3");
  }

  @ParameterizedTest
  @MethodSource("formats")
  void everyFormatWritesAFileWhoseMessageHoldsALoneSurrogate(String format, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("out." + format);
    AtomicOutput.write(file, out -> Reporters.forFormat(format).write(report(), out));
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes).isNotEmpty();
    assertValidUtf8(bytes);
  }

  @ParameterizedTest
  @MethodSource("formats")
  void everyFormatWritesToStandardOutputAMessageHoldingALoneSurrogate(String format) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // what picocli hands CheckCommand as its out: a PrintWriter over System.out (a PrintStream)
    PrintWriter out = new PrintWriter(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
    Reporters.forFormat(format).write(report(), out);
    out.flush();
    assertThat(out.checkError()).isFalse();
    assertThat(bytes.size()).isPositive();
    assertValidUtf8(bytes.toByteArray());
  }

  @ParameterizedTest
  @MethodSource("formats")
  void noReporterFailsOnTheStringItself(String format) throws Exception {
    // the reporters must not fail on the String themselves (Jackson, XML writers): only an encoder may
    java.io.StringWriter out = new java.io.StringWriter();
    Reporters.forFormat(format).write(report(), out);
    assertThat(out.toString()).isNotEmpty();
  }

  private static void assertValidUtf8(byte[] bytes) throws Exception {
    StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)); // throws on anything that is not UTF-8
  }
}
