package dev.lambdalint.core.frontend;

import dev.lambdalint.core.engine.Candidate;
import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.FrontEnd;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Loading;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.maven.MavenPom;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.parse.BoundedFiles;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maven's {@code pom.xml}: read for the functions it builds (a template rule asks the run for the
 * pom beside a function's code, {@link LintContext#document}), not checked by itself, not counted.
 * A pom that cannot be read, is over {@link MavenPom#MAX_BYTES} or does not parse is Maven's to
 * report: it declares nothing, and no LL001 is raised. XML comments are not suppression comments.
 */
public final class MavenPomFrontEnd implements FrontEnd<MavenPom> {
  private static final Kind<MavenPom> KIND =
      new Kind<>("Maven pom.xml", MavenPom.class, Counted.NONE, Optional.empty());

  @Override
  public Kind<MavenPom> kind() {
    return KIND;
  }

  @Override
  public boolean claims(Candidate file) {
    return file.fileName().equals("pom.xml");
  }

  @Override
  public Optional<MavenPom> load(SourceFile file, Loading loading) {
    return BoundedFiles.readIfWithin(file.absolutePath(), MavenPom.MAX_BYTES).map(text -> new MavenPom(file, text));
  }

  @Override
  public long cost(MavenPom pom) {
    return 0; // no rule checks a pom by itself
  }

  @Override
  public void check(MavenPom pom, Rule rule, LintContext context, FindingSink sink) {
    // Read through the run by the rules about the functions it builds; no rule's subject.
  }

  /** The folders of the templates describing its module (for the functions it builds); only the pom is reported. */
  @Override
  public GivenAlone givenAlone(Path file, Project project) {
    return project.withDescribingTemplates(file, false);
  }
}
