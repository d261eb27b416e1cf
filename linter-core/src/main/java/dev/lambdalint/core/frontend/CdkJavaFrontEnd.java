package dev.lambdalint.core.frontend;

import dev.lambdalint.core.cdk.CdkApps;
import dev.lambdalint.core.cdk.CdkReader;
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
import dev.lambdalint.core.parse.LoaderLimits;
import dev.lambdalint.core.parse.ParseProblem;
import dev.lambdalint.core.suppress.CommentSyntax;
import dev.lambdalint.core.suppress.Suppression;
import dev.lambdalint.core.suppress.SuppressionScanner;
import dev.lambdalint.core.template.CodeLocation;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CDK app code in Java ({@code .java} files outside {@code cdk.out} that import
 * {@code software.amazon.awscdk}), read into the template its constructs would synthesize to, each
 * node at the Java line that sets it ({@link CdkReader}); rules then see it as any template.
 * Installed before the Java front end, which would otherwise claim the file.
 */
public final class CdkJavaFrontEnd implements FrontEnd<Template> {
  private static final Kind<Template> KIND =
      new Kind<>("CDK Java source", Template.class, Counted.JAVA_SOURCE, Optional.of(CommentSyntax.SLASHES));
  private static final Pattern CDK_IMPORT = Pattern.compile("(?m)^\\s*import\\s+(static\\s+)?software\\.amazon\\.awscdk[.;]");
  private static final JavaParsing PARSING = new JavaParsing();

  @Override
  public Kind<Template> kind() {
    return KIND;
  }

  @Override
  public boolean claims(Candidate file) {
    if (!file.fileName().endsWith(".java") || file.isInside(CdkApps.CLOUD_ASSEMBLY)) return false;
    return importsCdk(file.head());
  }

  static boolean importsCdk(byte[] head) {
    return CDK_IMPORT.matcher(new String(head, StandardCharsets.UTF_8)).find();
  }

  @Override
  public Optional<Template> load(SourceFile file, Loading loading) {
    Optional<JavaSource> source = JavaFrontEnd.parse(file, loading);
    if (source.isEmpty()) return Optional.empty();
    try {
      return Optional.of(CdkReader.read(source.get()));
    } catch (RuntimeException | StackOverflowError e) {
      // never thrown for bad input; a construct this reader fails on is reported, not guessed at
      loading.problem(new ParseProblem(file, TextRange.startOfLine(1), "CDK source could not be read: " + e.getClass().getSimpleName()));
      return Optional.empty();
    }
  }

  @Override
  public long cost(Template template) {
    return template.root().range().endLine();
  }

  /** The template read from the source, as any template ({@link CloudFormationFrontEnd#checkEachSubject}). */
  @Override
  public void check(Template template, Rule rule, LintContext context, FindingSink sink) {
    CloudFormationFrontEnd.checkEachSubject(template, rule, context, sink);
  }

  /** {@code @SuppressWarnings("lambdalint:…")} on declarations, then {@code //} comments, as for Java. */
  @Override
  public List<Suppression> suppressions(Template template, SourceFile file, List<String> lines, SuppressionScanner scanner) {
    List<Suppression> found = new ArrayList<>();
    if (!lines.isEmpty()) {
      JavaParsing.Result parsed = PARSING.parse(file, String.join("\n", lines));
      parsed.source().ifPresent(s -> found.addAll(scanner.annotations(s)));
    }
    found.addAll(scanner.comments(file, lines, CommentSyntax.SLASHES));
    return found;
  }

  /** At most this many Java files of an app are looked at for the code its assets name. */
  private static final int MAX_APP_FILES = 2_000;

  /**
   * What a run given an app's {@code cdk.out} (or a template in it) reads besides: the app's CDK
   * source, where its findings are moved to ({@link CdkApps#sourcesOf}), and the code folders the
   * source's assets name, for the joins with the handlers — the same context the source has when a
   * stack file is given alone, so {@code cdk.out} gives the same findings as the source.
   */
  public static List<Path> appContext(Path cloudAssemblyOrInside) {
    Optional<Path> sources = CdkApps.sourcesOf(cloudAssemblyOrInside);
    if (sources.isEmpty()) return List.of();
    List<Path> read = new ArrayList<>(List.of(sources.get()));
    read.addAll(assetFolders(sources.get()));
    return read;
  }

  /**
   * The code folders the CDK files under {@code sources} name in their assets ({@code
   * Code.fromAsset}), outside {@code sources}: what a run reading the app needs besides, for the
   * joins with the handlers.
   */
  static List<Path> assetFolders(Path sources) {
    List<Path> read = new ArrayList<>();
    CdkJavaFrontEnd cdk = new CdkJavaFrontEnd();
    try (java.util.stream.Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().limit(MAX_APP_FILES).toList()) {
        if (!cdk.claims(new Candidate(file, sources))) continue;
        for (Path folder : cdk.givenAlone(file, f -> List.of()).read()) {
          if (!read.contains(folder) && !folder.startsWith(sources)) read.add(folder);
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return read; // the joins then look for handlers anywhere scanned
    }
    return read;
  }

  /**
   * A CDK app's {@code cdk.out}, or a folder in it: the app's source and code ({@link #appContext});
   * the app's own folder (holding {@code cdk.json}): the code its assets name.
   */
  @Override
  public List<Path> folderContext(Path folder) {
    List<Path> context = appContext(folder);
    if (!context.isEmpty()) return context;
    return CdkApps.sourcesOfApp(folder).map(CdkJavaFrontEnd::assetFolders).orElse(List.of());
  }

  /** The folders of the code its functions' assets name, for the joins with their handlers; only the file is reported. */
  @Override
  public GivenAlone givenAlone(Path file, Project project) {
    SourceFile source = SourceFile.of(file, file.getParent());
    String text;
    try {
      // No more than the loader would read: a file over its limit is an LL001, not context.
      if (Files.size(file) > LoaderLimits.defaults().maxBytes()) return GivenAlone.NOTHING;
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.io.IOException | RuntimeException e) {
      return GivenAlone.NOTHING;
    }
    Optional<JavaSource> parsed = PARSING.parse(source, text).source();
    if (parsed.isEmpty()) return GivenAlone.NOTHING;
    List<Path> read = new ArrayList<>();
    try {
      for (Function f : CdkReader.read(parsed.get()).functions()) {
        CodeLocation code = f.code();
        code.localPath().filter(Files::isDirectory).filter(p -> !read.contains(p)).ifPresent(read::add);
      }
    } catch (RuntimeException | StackOverflowError e) {
      return GivenAlone.NOTHING;
    }
    return new GivenAlone(read, List.of());
  }
}
