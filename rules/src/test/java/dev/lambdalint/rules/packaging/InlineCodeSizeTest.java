package dev.lambdalint.rules.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.model.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LL403's 4 MB limit, which CloudFormation applies to inline code zipped: too large a template to
 * keep as a fixture, so it is written here. Six megabytes that compress well deploy; six that do
 * not, fail.
 */
class InlineCodeSizeTest {
  private static final int SIX_MB = 6 * 1024 * 1024;
  @TempDir Path dir;

  private List<Finding> lint(String code) throws Exception {
    StringBuilder template = new StringBuilder("""
        AWSTemplateFormatVersion: '2010-09-09'
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Big:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.14
              Handler: index.handler
              InlineCode: |
        """);
    for (String line : code.split("\n")) template.append("        ").append(line).append('\n');
    Files.writeString(dir.resolve("template.yaml"), template);
    return Linter.withInstalledRules().run(LintRequest.of(dir, dir)).findings().stream()
        .filter(f -> f.ruleId().equals("LL403")).toList();
  }

  @Test
  void sixMegabytesThatZipSmallDeploy() throws Exception {
    String line = "# the same comment line, over and over, compresses to almost nothing\n";
    assertThat(lint(line.repeat(SIX_MB / line.length()))).isEmpty();
  }

  @Test
  void sixMegabytesThatDoNotZipSmallAreReported() throws Exception {
    byte[] noise = new byte[SIX_MB * 3 / 4];
    new Random(403).nextBytes(noise);
    String encoded = Base64.getMimeEncoder(76, "\n".getBytes()).encodeToString(noise);
    List<Finding> findings = lint("DATA = '''\n" + encoded + "\n'''\n");
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.range().startLine()).isEqualTo(9);
      assertThat(f.message()).contains("Big's inline code (InlineCode) is", "bytes zipped, over the 4194304 bytes (4 MB)");
    });
  }
}
