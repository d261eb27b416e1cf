package dev.lambdalint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files given one by one (as pre-commit gives them) are linted with their template. */
class ScanScopeTest {
  @TempDir Path dir;

  @RuleInfo(id = "LL984", name = "template-and-java", severity = Severity.WARNING, category = Category.LAMBDALINT,
      summary = "Reports every file, and whether the other kind of file was seen")
  static final class Join implements Rule {
    @Override
    public void checkTemplate(Template template, LintContext context, FindingSink sink) {
      sink.report(template.root(), "template sees " + context.java().sources().size() + " Java files");
    }

    @Override
    public void checkJava(JavaSource source, LintContext context, FindingSink sink) {
      sink.report(source.location(source.unit()), "java sees " + context.templates().size() + " templates");
    }
  }

  private Path project() throws Exception {
    Path service = Files.createDirectories(dir.resolve("service"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(service.resolve("template.yaml"), "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n");
    Path pkg = Files.createDirectories(service.resolve("src/main/java/com/example"));
    Files.writeString(pkg.resolve("Handler.java"), "package com.example;\nclass Handler {}\n");
    Files.writeString(pkg.resolve("Other.java"), "package com.example;\nclass Other {}\n");
    return service;
  }

  private List<String> lint(LintConfig config, Path... paths) throws Exception {
    Report report = new Linter(List.of(new Join())).run(new LintRequest(List.of(paths), dir, config));
    return report.findings().stream().map(f -> f.file().path() + " " + f.message()).toList();
  }

  @Test
  void aJavaFileAloneIsLintedWithTheNearestTemplateAboveIt() throws Exception {
    Path service = project();
    assertThat(lint(LintConfig.defaults(), service.resolve("src/main/java/com/example/Handler.java"))).containsExactly(
        "service/src/main/java/com/example/Handler.java java sees 1 templates",
        "service/template.yaml template sees 2 Java files");
  }

  @Test
  void aTemplateAloneSeesItsCodeButOnlyItsOwnFindingsAreReported() throws Exception {
    Path service = project();
    assertThat(lint(LintConfig.defaults(), service.resolve("template.yaml")))
        .containsExactly("service/template.yaml template sees 2 Java files");
  }

  @Test
  void aDirectoryIsReportedWholeAndExcludesApplyToGivenFilesToo() throws Exception {
    Path service = project();
    assertThat(lint(LintConfig.defaults(), service)).hasSize(3);
    LintConfig config = LintConfig.parse(dir.resolve(".lambdalint.yml"), "exclude: ['**/Other.java']\n",
        new Linter(List.of(new Join())).rules());
    assertThat(lint(config, service)).hasSize(2);
    assertThat(lint(config, service.resolve("src/main/java/com/example/Other.java"))).containsExactly(
        "service/template.yaml template sees 1 Java files");
  }

  @Test
  void aYamlFileThatIsNoTemplateReadsNoContext() throws Exception {
    Path service = project();
    Path workflow = Files.writeString(service.resolve("config.yml"), "on: push\njobs: {}\n");
    Report report = new Linter(List.of(new Join())).run(new LintRequest(List.of(workflow), dir, LintConfig.defaults()));
    assertThat(report.findings()).isEmpty();
    assertThat(report.templateCount() + report.javaFileCount()).isZero();
  }

  @Test
  void aJavaFileWithNoTemplateAboveItIsLintedAlone() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Path file = Files.writeString(dir.resolve("Lone.java"), "class Lone {}\n");
    assertThat(lint(LintConfig.defaults(), file)).extracting(s -> s.toString()).containsExactly("Lone.java java sees 0 templates");
  }
}
