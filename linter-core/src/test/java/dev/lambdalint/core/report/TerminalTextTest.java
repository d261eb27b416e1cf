package dev.lambdalint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Control characters from a file name, a logical id or a message never reach the terminal: a
 * logical id holding {@code \e[2J} (clear the screen) is printed as {@code \u001b[2J}, with and
 * without colour, while the colour codes lambdalint adds itself stay.
 */
class TerminalTextTest {
  private static final String CLEAR = "\u001B[2J";

  private static Report hostile() {
    SourceFile file = SourceFile.of(SampleReports.ROOT.resolve("evil" + CLEAR + "\u009B31m.yaml"), SampleReports.ROOT);
    Finding f = new Finding(SampleReports.WILDCARD, Severity.ERROR, "allows every action in Fn" + CLEAR + "\u0007",
        new Location(file, TextRange.at(4, 3), "Resources/Fn" + CLEAR + "/Properties", "Fn" + CLEAR), "f1");
    return new Report(SampleReports.ROOT, List.of(f), List.of(SampleReports.WILDCARD), 1, 0, "1.2.3");
  }

  private static String render(ReportOptions options) throws Exception {
    StringWriter out = new StringWriter();
    Reporters.forFormat("text", options).write(hostile(), out);
    return out.toString();
  }

  @Test
  void textOutputEscapesControlCharactersFromFileNamesLogicalIdsAndMessages() throws Exception {
    String text = render(ReportOptions.DEFAULTS);
    assertThat(text).doesNotContain("\u001B").doesNotContain("\u009B").doesNotContain("\u0007");
    assertThat(text).contains("evil\\u001b[2J\\u009b31m.yaml:4:3: error LL303 allows every action in Fn\\u001b[2J\\u0007"
        + " (wildcard-iam-action) [Fn\\u001b[2J]");
  }

  @Test
  void colouredTextKeepsItsOwnColourCodesButEscapesTheUsersOnes() throws Exception {
    String text = render(ReportOptions.DEFAULTS.withColour(true));
    assertThat(text).doesNotContain(CLEAR).doesNotContain("\u009B").contains("\u001B[1;31m").contains("[Fn\\u001b[2J]");
  }

  @Test
  void escapeLeavesOrdinaryTextAloneAndGuardsWorkflowCommands() {
    String plain = "template.yaml \t ünïcødé 😀";
    assertThat(TerminalText.escape(plain)).isSameAs(plain);
    assertThat(TerminalText.line("::error::x\nnext\r")).isEqualTo("./::error::x\\nnext\\r");
    assertThat(TerminalText.escape("\u0000\u001F\u007F\u0080\u009F\u00A0")).isEqualTo("\\u0000\\u001f\\u007f\\u0080\\u009f\u00A0");
  }
}
