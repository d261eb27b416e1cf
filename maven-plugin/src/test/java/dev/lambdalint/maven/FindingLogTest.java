package dev.lambdalint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** The build log shows control characters from file names and logical ids escaped, never raw. */
class FindingLogTest {
  private static final String CLEAR = "\u001B[2J";

  @Test
  void controlCharactersFromAFileNameAndALogicalIdAreEscaped() {
    Path root = Path.of("/work/project").toAbsolutePath();
    RuleMeta rule = new RuleMeta("LL303", "wildcard-iam-action", Severity.ERROR, Category.SECURITY,
        "An IAM statement allows every action", List.of("iam"), Precision.HIGH, "7.5", "");
    SourceFile file = SourceFile.of(root.resolve("evil" + CLEAR + ".yaml"), root);
    Finding f = new Finding(rule, Severity.ERROR, "Fn" + CLEAR + " allows every action\n[ERROR] forged",
        new Location(file, TextRange.at(4, 3), "Resources/Fn" + CLEAR, "Fn" + CLEAR), "f1");
    Report report = new Report(root, List.of(f), List.of(rule), 1, 0, "1.2.3");

    List<String> errors = new ArrayList<>();
    FindingLog.print(new SystemStreamLog() {
      @Override
      public void error(CharSequence content) {
        errors.add(content.toString());
      }
    }, report);

    assertThat(errors).containsExactly("evil\\u001b[2J.yaml:4:3: LL303 Fn\\u001b[2J allows every action\\n[ERROR] forged"
        + " (wildcard-iam-action) [Fn\\u001b[2J]");
  }
}
