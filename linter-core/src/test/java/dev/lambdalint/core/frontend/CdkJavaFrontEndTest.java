package dev.lambdalint.core.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.Candidate;
import dev.lambdalint.core.engine.FrontEnd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdkJavaFrontEndTest {
  @TempDir
  Path dir;

  private final CdkJavaFrontEnd frontEnd = new CdkJavaFrontEnd();

  private Candidate candidate(String path, String text) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return new Candidate(file, dir);
  }

  @Test
  void claimsJavaFilesThatImportTheCdkOutsideCdkOut() throws Exception {
    String stack = "package a;\nimport software.amazon.awscdk.Stack;\nclass S extends Stack {}\n";
    assertThat(frontEnd.claims(candidate("infra/src/main/java/a/S.java", stack))).isTrue();
    assertThat(frontEnd.claims(candidate("infra/cdk.out/asset/a/S.java", stack))).isFalse();
    assertThat(frontEnd.claims(candidate("app/src/main/java/a/Handler.java",
        "package a;\nimport com.amazonaws.services.lambda.runtime.Context;\n// software.amazon.awscdk in a comment\nclass Handler {}\n"))).isFalse();
    assertThat(frontEnd.claims(candidate("infra/notes.txt", stack))).isFalse();
  }

  @Test
  void givenAloneItReadsTheModulesItsAssetsName() throws Exception {
    Files.createDirectories(dir.resolve("search/src/main/java"));
    Files.writeString(dir.resolve("search/pom.xml"), "<project/>");
    Files.writeString(dir.resolve("cdk.json"), "{}");
    Path stack = dir.resolve("infra/S.java");
    Files.createDirectories(stack.getParent());
    Files.writeString(stack, """
        package a;
        import software.amazon.awscdk.Stack;
        import software.amazon.awscdk.services.lambda.*;
        class S extends Stack {
          S() {
            Function.Builder.create(this, "Search").code(Code.fromAsset("search/target/search.jar")).build();
          }
        }
        """);
    FrontEnd.GivenAlone context = frontEnd.givenAlone(stack, file -> List.of());
    assertThat(context.read()).containsExactly(dir.resolve("search").toAbsolutePath().normalize());
    assertThat(context.reported()).isEmpty();
  }
}
