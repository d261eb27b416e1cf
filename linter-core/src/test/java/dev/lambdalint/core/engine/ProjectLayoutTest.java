package dev.lambdalint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which templates describe a module, in the layouts real projects use. */
class ProjectLayoutTest {
  @TempDir Path repo;

  private Path write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static String template(String... codeUris) {
    StringBuilder sb = new StringBuilder("""
        AWSTemplateFormatVersion: '2010-09-09'
        Transform: AWS::Serverless-2016-10-31
        Resources:
        """);
    for (int i = 0; i < codeUris.length; i++) {
      sb.append("  Fn").append(i).append(":\n    Type: AWS::Serverless::Function\n    Properties:\n")
          .append("      Runtime: java21\n      Handler: a.B::handle\n      CodeUri: ").append(codeUris[i]).append('\n');
    }
    return sb.toString();
  }

  @Test
  void samInitPutsTheTemplateAboveTheFunctionsPom() throws Exception {
    Files.createDirectories(repo.resolve(".git"));
    Path template = write("template.yaml", template("OrdersFunction", "BillingFunction"));
    write("OrdersFunction/pom.xml", "<project/>");
    ProjectLayout.Discovery found = ProjectLayout.templatesFor(repo.resolve("OrdersFunction"), repo);
    assertThat(found.templates()).containsExactly(template);
    assertThat(found.searched()).containsExactly(repo.resolve("OrdersFunction"), repo);
  }

  @Test
  void aTemplateIsTakenByItsCodeNotByItsName() throws Exception {
    Path named = write("deploy/orders.yml", template("../services/orders"));
    write("services/template.yaml", template("billing"));
    write("services/workflow.yml", "on: push\n");
    assertThat(ProjectLayout.templatesFor(repo.resolve("services/orders"), repo).templates()).isEmpty();
    Path above = write("services/stack.json", """
        {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Fn": {"Type": "AWS::Lambda::Function",
          "Properties": {"Runtime": "java21", "Handler": "a.B::handle", "Code": "orders/target/orders.jar"}}}}
        """);
    assertThat(ProjectLayout.templatesFor(repo.resolve("services/orders"), repo).templates()).containsExactly(above);
    assertThat(named).exists(); // in a sibling folder, not above the module: not looked at
  }

  @Test
  void theTemplateBesideThePomAndTheReactorParentsBothCount() throws Exception {
    Path parent = write("template.yaml", template("orders"));
    Path own = write("orders/template.yaml", template("."));
    assertThat(ProjectLayout.templatesFor(repo.resolve("orders"), repo).templates()).containsExactly(own, parent);
  }

  @Test
  void theSearchStopsAtTheRepositoryRoot() throws Exception {
    Path inner = repo.resolve("inner");
    Files.createDirectories(inner.resolve(".git"));
    write("template.yaml", template("inner/fn"));
    assertThat(ProjectLayout.repositoryRoot(inner.resolve("fn"))).contains(inner);
    assertThat(ProjectLayout.templatesFor(inner.resolve("fn"), inner).templates()).isEmpty();
  }

  @Test
  void aModuleIsTheNearestFolderWithABuildFile() throws Exception {
    write("OrdersFunction/pom.xml", "<project/>");
    Path handler = write("OrdersFunction/src/main/java/orders/App.java", "class App {}");
    assertThat(ProjectLayout.moduleOf(handler, repo)).isEqualTo(repo.resolve("OrdersFunction"));
    Path loose = write("scripts/Tool.java", "class Tool {}");
    assertThat(ProjectLayout.moduleOf(loose, repo)).isEqualTo(repo.resolve("scripts"));
  }

  @Test
  void templatesInAFolderReadWholeAnywayAreLeftToThatRead() throws Exception {
    Files.createDirectories(repo.resolve(".git"));
    Path root = write("template.yaml", template("OrdersFunction"));
    Path own = write("OrdersFunction/template.yaml", template("."));
    assertThat(ProjectLayout.templatesFor(repo.resolve("OrdersFunction"), repo, repo.resolve("OrdersFunction")).templates())
        .containsExactly(root);
    assertThat(ProjectLayout.templatesFor(repo.resolve("OrdersFunction"), repo).templates()).containsExactly(own, root);
  }
}
