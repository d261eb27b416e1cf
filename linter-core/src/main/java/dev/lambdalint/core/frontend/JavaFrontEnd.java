package dev.lambdalint.core.frontend;

import dev.lambdalint.core.cdk.CdkApps;
import dev.lambdalint.core.engine.Candidate;
import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.FrontEnd;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Loading;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.java.JavaParsing;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.parse.ParseProblem;
import dev.lambdalint.core.suppress.CommentSyntax;
import dev.lambdalint.core.suppress.Suppression;
import dev.lambdalint.core.suppress.SuppressionScanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Java sources ({@code .java}), parsed with JavaParser; the Java copies a CDK synth leaves under
 * {@code cdk.out} are not sources. Rules see each source file.
 */
public final class JavaFrontEnd implements FrontEnd<JavaSource> {
  private static final Kind<JavaSource> KIND =
      new Kind<>("Java source", JavaSource.class, Counted.JAVA_SOURCE, Optional.of(CommentSyntax.SLASHES));
  private static final JavaParsing PARSING = new JavaParsing();

  /** A {@code .java} file, but not a synth's copy of the code in {@code cdk.out}. */
  @Override
  public boolean claims(Candidate file) {
    return file.fileName().endsWith(".java") && !file.isInside(CdkApps.CLOUD_ASSEMBLY);
  }

  @Override
  public Optional<JavaSource> load(SourceFile file, Loading loading) {
    return parse(file, loading);
  }

  /**
   * Reads and parses a Java file within the loader's bounds (also for the CDK front end, whose
   * files are Java): the source, or empty with the reason told to {@code loading}.
   */
  static Optional<JavaSource> parse(SourceFile file, Loading loading) {
    Optional<byte[]> bytes = loading.read();
    if (bytes.isEmpty()) return Optional.empty();
    if (bytes.get().length > loading.maxBytes()) {
      // Never cut silently: a secret past the cut would go unseen while the run said "no findings".
      loading.problem(new ParseProblem(file, TextRange.startOfLine(1), "file is larger than the "
          + (loading.maxBytes() / (1024 * 1024)) + " MiB limit for a Java source; not analysed"));
      return Optional.empty();
    }
    // javac would reject invalid UTF-8 too; decoding leniently lets the parser point at the spot.
    String text = new String(bytes.get(), StandardCharsets.UTF_8);
    loading.keepText(text);
    JavaParsing.Result result = PARSING.parse(file, text);
    result.problem().ifPresent(loading::problem);
    return result.source();
  }

  @Override
  public long cost(JavaSource source) {
    return source.unit().getRange().map(r -> r.end.line).orElse(0);
  }

  @Override
  public void check(JavaSource source, Rule rule, LintContext context, FindingSink sink) {
    rule.checkJava(source, context, sink);
  }

  /** {@code @SuppressWarnings("lambdalint:…")} on declarations, then comments. */
  @Override
  public List<Suppression> suppressions(JavaSource source, SourceFile file, List<String> lines, SuppressionScanner scanner) {
    List<Suppression> found = new ArrayList<>(scanner.annotations(source));
    found.addAll(scanner.comments(file, lines, CommentSyntax.SLASHES));
    return found;
  }

  /** The folders of the templates describing its module, for the joins; those templates are reported too. */
  @Override
  public GivenAlone givenAlone(Path file, Project project) {
    return project.withDescribingTemplates(file, true);
  }

  @Override
  public Kind<JavaSource> kind() {
    return KIND;
  }
}
