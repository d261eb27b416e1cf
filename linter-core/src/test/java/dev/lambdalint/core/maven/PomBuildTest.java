package dev.lambdalint.core.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PomBuildTest {
  @Test
  void readsParentPluginsProfilesManagementAndAspectLibraries() {
    PomBuild build = PomBuild.parse("""
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <parent><groupId>com.example</groupId><artifactId>parent</artifactId><version>1</version></parent>
          <artifactId>child</artifactId>
          <build>
            <pluginManagement><plugins>
              <plugin><groupId>dev.aspectj</groupId><artifactId>aspectj-maven-plugin</artifactId>
                <configuration><aspectLibraries><aspectLibrary>
                  <groupId>software.amazon.lambda</groupId><artifactId>powertools-tracing</artifactId>
                </aspectLibrary></aspectLibraries></configuration>
              </plugin>
            </plugins></pluginManagement>
            <plugins>
              <plugin><artifactId>maven-shade-plugin</artifactId></plugin>
              <plugin><groupId>org.codehaus.mojo</groupId><artifactId>aspectj-maven-plugin</artifactId>
                <executions><execution><configuration><aspectLibraries><aspectLibrary>
                  <groupId>software.amazon.lambda</groupId><artifactId>powertools-logging</artifactId>
                </aspectLibrary></aspectLibraries></configuration></execution></executions>
              </plugin>
            </plugins>
          </build>
          <profiles><profile><build><plugins>
            <plugin><groupId>dev.aspectj</groupId><artifactId>aspectj-maven-plugin</artifactId></plugin>
          </plugins></build></profile></profiles>
        </project>
        """);
    assertThat(build.groupId()).isEqualTo("com.example"); // inherited from <parent>
    assertThat(build.artifactId()).isEqualTo("child");
    assertThat(build.parent()).contains(new PomBuild.Parent("com.example", "parent", "../pom.xml"));
    assertThat(build.plugins()).extracting(PomBuild.Plugin::coordinates).containsExactly(
        "org.apache.maven.plugins:maven-shade-plugin", "org.codehaus.mojo:aspectj-maven-plugin", "dev.aspectj:aspectj-maven-plugin");
    assertThat(build.plugins().get(1).aspectLibraries())
        .containsExactly(new PomBuild.AspectLibrary("software.amazon.lambda", "powertools-logging"));
    assertThat(build.pluginManagement()).singleElement().satisfies(p -> assertThat(p.aspectLibraries())
        .extracting(PomBuild.AspectLibrary::artifactId).containsExactly("powertools-tracing"));
  }

  @Test
  void anEmptyRelativePathMeansARepositoryParent() {
    PomBuild build = PomBuild.parse("""
        <project><parent><groupId>g</groupId><artifactId>p</artifactId><relativePath/></parent><artifactId>c</artifactId></project>
        """);
    assertThat(build.parent().orElseThrow().relativePath()).isEmpty();
    assertThat(build.plugins()).isEmpty();
  }

  @Test
  void aBrokenOrHostilePomHasNoBuild() {
    assertThat(PomBuild.parse("<project><build>")).isSameAs(PomBuild.EMPTY);
    assertThat(PomBuild.parse("""
        <?xml version="1.0"?>
        <!DOCTYPE project [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <project><artifactId>&x;</artifactId></project>
        """)).isSameAs(PomBuild.EMPTY);
    assertThat(PomBuild.parse("<notaproject/>").plugins()).isEqualTo(List.of());
  }
}
