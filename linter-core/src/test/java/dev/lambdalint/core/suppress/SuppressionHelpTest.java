package dev.lambdalint.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How to suppress is written once; a rule's page says only when to. */
class SuppressionHelpTest {

  @Test
  void theParagraphNamesTheRuleInEverySyntaxTheScannerReads() {
    String p = SuppressionHelp.paragraph("LL201");
    assertThat(p).contains("# lambdalint:ignore LL201 reason", "Metadata: {lambdalint: {ignore: [LL201]}}",
        "// lambdalint:ignore LL201 reason", "@SuppressWarnings(\"lambdalint:LL201\")", "LL003");
  }

  @Test
  void aPageWithoutASuppressingSectionGetsOneAtTheEnd() {
    String page = "# LL201 x\n\nWhy.\n\n## Compliant\n```yaml\n## not a heading\n```\n";
    assertThat(SuppressionHelp.appendTo(page, "LL201"))
        .isEqualTo("# LL201 x\n\nWhy.\n\n## Compliant\n```yaml\n## not a heading\n```\n\n## Suppressing\n"
            + SuppressionHelp.paragraph("LL201") + "\n");
  }

  @Test
  void theParagraphEndsAnExistingSectionAfterItsOwnAdviceAndBeforeTheNextSection() {
    String page = "# LL101 x\n\n## Suppressing\nOnly for per-tenant clients.\n\n## See also\nLinks.\n";
    assertThat(SuppressionHelp.appendTo(page, "LL101"))
        .isEqualTo("# LL101 x\n\n## Suppressing\nOnly for per-tenant clients.\n\n" + SuppressionHelp.paragraph("LL101")
            + "\n\n## See also\nLinks.\n");
  }

  @Test
  void aSuppressingHeadingInsideFencedCodeIsNotTheSection() {
    String page = "# LL1 x\n\n```md\n## Suppressing\n```\n";
    assertThat(SuppressionHelp.appendTo(page, "LL101")).endsWith("```\n\n## Suppressing\n" + SuppressionHelp.paragraph("LL101") + "\n");
  }
}
